package org.annalist.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line of {@link TimexEvaluation}.
 *
 * @param corpus which corpora
 * @param evalData the folder holding {@code wikiwars/}, {@code meantime-english/} and {@code
 *     esc-eventstoryline/}
 * @param mode the anchoring mode for every corpus, or null for each corpus's default
 * @param topics the MEANTIME and ESC topics to score, or empty for all
 * @param verbose whether to print per-document rows and error breakdowns
 * @param help whether only the usage was asked for
 */
public record EvaluationArguments(CorpusChoice corpus, Path evalData, @Nullable AnchoringMode mode, java.util.Set<String> topics, boolean verbose,
    boolean help) {

  /** The system property naming the default eval-data folder (the launcher script sets it). */
  public static final String EVAL_DATA_PROPERTY = "annalist.evalData";

  public static final String USAGE = """
      usage: eval-timex [--corpus wikiwars|meantime|esc|all] [--eval-data PATH] [--mode narrative|news] [--topics T,...] [--verbose]
        --corpus     which gold corpus to score on (default: all)
        --eval-data  the folder holding wikiwars/, meantime-english/ and esc-eventstoryline/
                     (default: ../shared/eval-data beside the repository)
        --mode       anchoring of relative expressions (default: narrative for wikiwars, news for
                     meantime and esc)
        --topics     topics to score: MEANTIME's (airbus,apple,gm,stock) and ESC's topic folders
                     (1,3,...); each corpus keeps those it has and fails if it has none
                     (default: all)
        --verbose    also print per-document rows, value errors, missed and spurious expressions
                     (for esc only when every topic is a development one, 1-19)
                     (for esc, the untouched test set, only what the reader scores)""";

  public EvaluationArguments {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(evalData, "evalData");
  }

  /** The mode a corpus is tagged in: the one given, else the corpus's default. */
  public AnchoringMode modeFor(CorpusChoice single) {
    return mode != null ? mode : single.defaultMode();
  }

  public static EvaluationArguments parse(String... args) throws UsageException {
    CorpusChoice corpus = CorpusChoice.ALL;
    Path evalData = defaultEvalData();
    AnchoringMode mode = null;
    boolean verbose = false;
    java.util.Set<String> topics = java.util.Set.of();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = parseEnum(CorpusChoice.class, "--corpus", valueAfter(args, i++));
        case "--eval-data" -> evalData = Path.of(valueAfter(args, i++));
        case "--mode" -> mode = parseEnum(AnchoringMode.class, "--mode", valueAfter(args, i++));
        case "--topics" -> topics = java.util.Set.of(valueAfter(args, i++).split(","));
        case "--verbose", "-v" -> verbose = true;
        case "--help", "-h" -> help = true;
        default -> throw new UsageException("unknown argument '" + args[i] + "'");
      }
    }
    return new EvaluationArguments(corpus, evalData, mode, topics, verbose, help);
  }

  /**
   * True if the eval-data folder exists; else says so on {@code err}, naming the folder looked
   * for, and returns false (a misuse: exit status 2).
   */
  public static boolean evalDataFound(Path evalData, PrintStream err) {
    if (Files.isDirectory(evalData)) {
      return true;
    }
    err.println("error: eval data folder not found: " + evalData.toAbsolutePath().normalize()
        + " (give --eval-data PATH; the default is ../shared/eval-data beside the repository)");
    return false;
  }

  /** The eval-data folder named by {@value #EVAL_DATA_PROPERTY}, else {@code ../shared/eval-data}. */
  public static Path defaultEvalData() {
    String configured = System.getProperty(EVAL_DATA_PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? "../shared/eval-data" : configured);
  }

  /** The value of the option at {@code args[i]}; fails if there is none. */
  public static String valueAfter(String[] args, int i) throws UsageException {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value) throws UsageException {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : "|").append(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new UsageException(option + " must be " + allowed + ", was '" + value + "'");
    }
  }
}
