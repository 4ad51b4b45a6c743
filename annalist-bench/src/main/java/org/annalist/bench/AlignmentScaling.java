package org.annalist.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
@Command(
    name = "bench-alignment",
    mixinStandardHelpOptions = true,
    description =
        "Aligns synthetic event mentions of each size and prints a table of time and growth.")
public final class AlignmentScaling implements Callable<Integer> {
  private static final long SEED = 1941;
  private static final List<Integer> DEFAULT_SIZES = List.of(10_000, 100_000, 1_000_000);

  @Parameters(
      paramLabel = "SIZE",
      arity = "0..*",
      converter = GroupedInteger.class,
      description =
          "numbers of mentions, e.g. 100_000 or 100,000 (default: 10,000, 100,000 and 1,000,000)")
  List<Integer> sizes = List.of();

  private AlignmentScaling() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new AlignmentScaling()).execute(args));
  }

  @Override
  public Integer call() {
    run(sizes.isEmpty() ? DEFAULT_SIZES : sizes, System.out);
    return 0;
  }

  static void run(List<Integer> sizes, PrintStream out) {
    new Aligner().align(SyntheticAttestations.generate(sizes.get(0), SEED));
    out.printf(
        Locale.ROOT,
        "%d processors, max heap %,d MB%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.println(
        "| mentions | clusters | in clusters of 2+ | align (s) | µs per mention | time growth / size growth | heap after (MB) |");
    out.println("|---|---|---|---|---|---|---|");
    double previousSeconds = 0;
    int previousSize = 0;
    for (int size : sizes) {
      List<Attestation> attestations = SyntheticAttestations.generate(size, SEED);
      long started = System.nanoTime();
      List<List<Attestation>> clusters = new Aligner().align(attestations);
      double seconds = (System.nanoTime() - started) / 1e9;
      long joined =
          clusters.stream().filter(c -> c.size() > 1).mapToLong(List::size).sum();
      String growth = previousSize == 0
          ? "-"
          : String.format(
              Locale.ROOT, "%.2f", seconds / previousSeconds / ((double) size / previousSize));
      out.printf(
          Locale.ROOT,
          "| %,d | %,d | %,d | %.2f | %.1f | %s | %,d |%n",
          size,
          clusters.size(),
          joined,
          seconds,
          seconds * 1e6 / size,
          growth,
          usedHeapMegabytes());
      previousSeconds = seconds;
      previousSize = size;
    }
  }

  private static long usedHeapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }
}
