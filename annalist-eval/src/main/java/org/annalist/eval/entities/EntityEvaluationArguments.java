package org.annalist.eval.entities;

import static org.annalist.eval.EvaluationArguments.valueAfter;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.annalist.eval.EvaluationArguments;
import org.annalist.eval.UsageException;

/**
 * The parsed command line of {@link EntityEvaluation}.
 *
 * @param evalData the folder holding {@code meantime-english/}
 * @param topics the MEANTIME topics to score; all four when empty
 * @param verbose whether to print the worst merges and splits of each topic
 * @param help whether only the usage was asked for
 */
public record EntityEvaluationArguments(Path evalData, Set<String> topics, boolean verbose, boolean help) {

  public static final String USAGE = """
      usage: eval-entities [--eval-data PATH] [--topics T,...] [--verbose]
        --eval-data  the folder holding meantime-english/ (default: ../shared/eval-data beside the repository)
        --topics     MEANTIME topics to score, e.g. airbus,apple (default: all four)
        --verbose    also print, per topic, the system entities that join different gold entities and the
                     gold entities the system split""";

  public EntityEvaluationArguments {
    Objects.requireNonNull(evalData, "evalData");
    topics = Set.copyOf(topics);
  }

  public static EntityEvaluationArguments parse(String... args) throws UsageException {
    Path evalData = EvaluationArguments.defaultEvalData();
    Set<String> topics = Set.of();
    boolean verbose = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--eval-data" -> evalData = Path.of(valueAfter(args, i++));
        case "--topics" -> topics = Set.of(valueAfter(args, i++).split(","));
        case "--verbose", "-v" -> verbose = true;
        case "--help", "-h" -> help = true;
        default -> throw new UsageException("unknown argument '" + args[i] + "'");
      }
    }
    return new EntityEvaluationArguments(evalData, topics, verbose, help);
  }
}
