package org.annalist.bench;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws ranks 0..size-1 with probability proportional to 1 / (rank + 1): a few entities are
 * named everywhere, most rarely, as in real corpora.
 */
final class ZipfSampler {
  private final double[] cumulative;

  ZipfSampler(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, was " + size);
    }
    cumulative = new double[size];
    double total = 0;
    for (int rank = 0; rank < size; rank++) {
      total += 1.0 / (rank + 1);
      cumulative[rank] = total;
    }
  }

  int next(RandomGenerator random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
  }
}
