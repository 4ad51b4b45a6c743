package org.annalist.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;

/**
 * The alignment scaling benchmark: aligns 10,000, 100,000 and 1,000,000 synthetic event mentions
 * ({@link SyntheticAttestations}) and prints, per size, the time, the clusters formed and how
 * the time grew against the size. Command (after {@code ./mvnw -q -pl annalist-bench -am package -DskipTests}):
 *
 * <pre>scripts/bench-alignment [SIZE...]</pre>
 *
 * <p>Each size is generated anew with the same seed and aligned once, after one warm-up
 * alignment of the smallest size; the heap in use after alignment is printed too.
 */
public final class AlignmentScaling {
  private static final long SEED = 1941;

  private AlignmentScaling() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg.replace("_", "").replace(",", "")));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(10_000, 100_000, 1_000_000));
    }
    run(sizes, System.out);
  }

  static void run(List<Integer> sizes, PrintStream out) {
    new Aligner().align(SyntheticAttestations.generate(sizes.get(0), SEED));
    out.printf(Locale.ROOT, "%d processors, max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.println("| mentions | clusters | in clusters of 2+ | align (s) | µs per mention | time growth / size growth | heap after (MB) |");
    out.println("|---|---|---|---|---|---|---|");
    double previousSeconds = 0;
    int previousSize = 0;
    for (int size : sizes) {
      List<Attestation> attestations = SyntheticAttestations.generate(size, SEED);
      long started = System.nanoTime();
      List<List<Attestation>> clusters = new Aligner().align(attestations);
      double seconds = (System.nanoTime() - started) / 1e9;
      long joined = clusters.stream().filter(c -> c.size() > 1).mapToLong(List::size).sum();
      String growth = previousSize == 0 ? "-" : String.format(Locale.ROOT, "%.2f",
          seconds / previousSeconds / ((double) size / previousSize));
      out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.2f | %.1f | %s | %,d |%n", size, clusters.size(), joined, seconds,
          seconds * 1e6 / size, growth, usedHeapMegabytes());
      previousSeconds = seconds;
      previousSize = size;
    }
  }

  private static long usedHeapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }
}
