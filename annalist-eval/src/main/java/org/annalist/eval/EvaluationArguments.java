package org.annalist.eval;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link TimexEvaluation}, as {@link TimexCommandLine} reads it.
 *
 * @param corpus which corpora
 * @param evalData the folder holding {@code wikiwars/}, {@code meantime-english/} and {@code
 *     esc-eventstoryline/}
 * @param mode the anchoring mode for every corpus, or null for each corpus's default
 * @param topics the MEANTIME and ESC topics to score, or empty for all
 * @param verbose whether to print per-document rows and error breakdowns
 */
public record EvaluationArguments(
    CorpusChoice corpus,
    Path evalData,
    @Nullable AnchoringMode mode,
    Set<String> topics,
    boolean verbose) {

  /** The system property naming the default eval-data folder (the launcher script sets it). */
  public static final String EVAL_DATA_PROPERTY = "annalist.evalData";

  public EvaluationArguments {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(evalData, "evalData");
    topics = Set.copyOf(topics);
  }

  /** The mode a corpus is tagged in: the one given, else the corpus's default. */
  public AnchoringMode modeFor(CorpusChoice single) {
    return mode != null ? mode : single.defaultMode();
  }

  /** The eval-data folder named by {@value #EVAL_DATA_PROPERTY}, else {@code ../shared/eval-data}. */
  public static Path defaultEvalData() {
    String configured = System.getProperty(EVAL_DATA_PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? "../shared/eval-data" : configured);
  }
}
