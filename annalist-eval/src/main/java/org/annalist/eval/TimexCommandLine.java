package org.annalist.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line of {@code scripts/eval-timex}: its options, read into {@link EvaluationArguments} and evaluated. */
@Command(
    name = "eval-timex",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Scores the temporal tagger on WikiWars 01-16, MEANTIME English and the Event StoryLine Corpus.")
final class TimexCommandLine implements Callable<Integer> {
  @Option(
      names = "--corpus",
      paramLabel = "wikiwars|meantime|esc|all",
      description = "which gold corpus to score on (default: all)")
  CorpusChoice corpus = CorpusChoice.ALL;

  @Option(
      names = "--eval-data",
      paramLabel = "PATH",
      description = "the folder holding wikiwars/, meantime-english/ and esc-eventstoryline/"
          + " (default: ../shared/eval-data beside the repository)")
  Path evalData = EvaluationArguments.defaultEvalData();

  @Option(
      names = "--mode",
      paramLabel = "narrative|news",
      description =
          "anchoring of relative expressions (default: narrative for wikiwars, news for meantime and esc)")
  @Nullable
  AnchoringMode mode;

  @Option(
      names = "--topics",
      paramLabel = "T",
      split = ",",
      description =
          "topics to score: MEANTIME's (airbus,apple,gm,stock) and ESC's topic folders (1,3,...);"
              + " each corpus keeps those it has and fails if it has none (default: all)")
  List<String> topics = List.of();

  @Option(
      names = {"-v", "--verbose"},
      description =
          "also print per-document rows, value errors, missed and spurious expressions (for esc only"
              + " when every topic is a development one, 1-19; of the untouched test topics only what the reader scores)")
  boolean verbose;

  @Spec
  CommandSpec spec;

  private final ToIntFunction<EvaluationArguments> evaluation;

  /** A command line that hands what it reads to the evaluation, which returns the exit status. */
  TimexCommandLine(ToIntFunction<EvaluationArguments> evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public Integer call() {
    EvaluationCommandLine.requireEvalData(evalData, spec);
    return evaluation.applyAsInt(
        new EvaluationArguments(corpus, evalData, mode, Set.copyOf(topics), verbose));
  }
}
