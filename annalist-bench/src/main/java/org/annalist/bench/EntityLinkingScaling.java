package org.annalist.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.entities.DocumentNames;
import org.annalist.entities.EntityResolver;
import org.annalist.entities.NameMention;
import org.annalist.entities.UntaggedName;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The entity-linking scaling benchmark: for each number of documents N given, resolves the name
 * mentions and untagged proper-noun runs of the first N documents of an analyzed store into
 * entities ({@link EntityResolver}, the resolution {@code annalist analyze} runs over the whole
 * corpus) and prints the time against the number of names and how it grew. Command (after
 * {@code ./annalist analyze CORPUS --store STORE}):
 *
 * <pre>scripts/bench-entities STORE [DOCUMENTS...]</pre>
 *
 * <p>Default sizes 500, 1,000, 2,000 and 5,000 documents (as many as the store has). The names are
 * read once; each size is resolved {@value #RUNS} times and the fastest run is reported, so the
 * JIT's warm-up is left out.
 */
@Command(
    name = "bench-entities",
    mixinStandardHelpOptions = true,
    description =
        "Resolves the names of the first N documents of an analyzed store for each N and prints a table"
            + " of time and growth.")
public final class EntityLinkingScaling implements Callable<Integer> {
  private static final int RUNS = 3;
  private static final List<Integer> DEFAULT_SIZES = List.of(500, 1_000, 2_000, 5_000);

  @Parameters(index = "0", paramLabel = "STORE", description = "the store of an analyzed corpus")
  Path store;

  @Parameters(
      index = "1..*",
      paramLabel = "DOCUMENTS",
      converter = GroupedInteger.class,
      description =
          "numbers of documents, e.g. 1_000 or 1,000 (default: 500, 1,000, 2,000 and 5,000)")
  List<Integer> sizes = List.of();

  private EntityLinkingScaling() {}

  /** A document's names. */
  private record Names(List<NameMention> mentions, List<UntaggedName> untagged) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new EntityLinkingScaling()).execute(args));
  }

  @Override
  public Integer call() {
    List<Names> documents = new ArrayList<>();
    AnnalistStore.open(store).forEachAnnotated(document -> {
      DocumentNames names = DocumentNames.read(document);
      documents.add(new Names(names.mentions(), names.untagged()));
    });
    run(documents, sizes.isEmpty() ? DEFAULT_SIZES : sizes, System.out);
    return 0;
  }

  static void run(List<Names> documents, List<Integer> sizes, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%d documents in the store; %d processors, max heap %,d MB%n",
        documents.size(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.println(
        "| documents | names | entities | resolve (s) | µs per name | time growth / size growth |");
    out.println("|---|---|---|---|---|---|");
    double previousSeconds = 0;
    int previousNames = 0;
    for (int size : sizes) {
      List<NameMention> mentions = new ArrayList<>();
      List<UntaggedName> untagged = new ArrayList<>();
      documents.stream().limit(size).forEach(d -> {
        mentions.addAll(d.mentions());
        untagged.addAll(d.untagged());
      });
      double seconds = Double.MAX_VALUE;
      int entities = 0;
      for (int run = 0; run < RUNS; run++) {
        long started = System.nanoTime();
        entities = new EntityResolver().resolve(mentions, untagged).size();
        seconds = Math.min(seconds, (System.nanoTime() - started) / 1e9);
      }
      int names = mentions.size() + untagged.size();
      String growth = previousNames == 0
          ? "-"
          : String.format(
              Locale.ROOT, "%.2f", seconds / previousSeconds / ((double) names / previousNames));
      out.printf(
          Locale.ROOT,
          "| %,d | %,d | %,d | %.2f | %.1f | %s |%n",
          Math.min(size, documents.size()),
          names,
          entities,
          seconds,
          seconds * 1e6 / names,
          growth);
      previousSeconds = seconds;
      previousNames = names;
    }
  }
}
