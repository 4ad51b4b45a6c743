package org.annalist.eval.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.annalist.eval.EvaluationArguments;
import org.annalist.eval.EvaluationCommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of {@code scripts/eval-entities}: its options, read into {@link EntityEvaluationArguments}
 * and evaluated.
 */
@Command(
    name = "eval-entities",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Scores Annalist's name mentions and cross-document entities on MEANTIME English.")
final class EntityCommandLine implements Callable<Integer> {
  @Option(
      names = "--eval-data",
      paramLabel = "PATH",
      description =
          "the folder holding meantime-english/ (default: ../shared/eval-data beside the repository)")
  Path evalData = EvaluationArguments.defaultEvalData();

  @Option(
      names = "--topics",
      paramLabel = "T",
      split = ",",
      description = "MEANTIME topics to score, e.g. airbus,apple (default: all four)")
  List<String> topics = List.of();

  @Option(
      names = {"-v", "--verbose"},
      description =
          "also print, per topic, the system entities that join different gold entities and the"
              + " gold entities the system split")
  boolean verbose;

  @Spec
  CommandSpec spec;

  private final ToIntFunction<EntityEvaluationArguments> evaluation;

  /** A command line that hands what it reads to the evaluation, which returns the exit status. */
  EntityCommandLine(ToIntFunction<EntityEvaluationArguments> evaluation) {
    this.evaluation = evaluation;
  }

  @Override
  public Integer call() {
    EvaluationCommandLine.requireEvalData(evalData, spec);
    return evaluation.applyAsInt(
        new EntityEvaluationArguments(evalData, Set.copyOf(topics), verbose));
  }
}
