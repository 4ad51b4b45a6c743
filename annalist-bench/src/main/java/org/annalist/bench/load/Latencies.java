package org.annalist.bench.load;

import java.util.Arrays;

/** The latencies of one endpoint's requests, in nanoseconds; thread-safe. */
final class Latencies {
  private long[] nanos = new long[1024];
  private int count;
  private int errors;

  synchronized void record(long elapsed, boolean error) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsed;
    if (error) {
      errors++;
    }
  }

  synchronized EndpointFigures figures(Endpoint endpoint, double seconds) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new EndpointFigures(
        endpoint.label(),
        count,
        errors,
        count / seconds,
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
