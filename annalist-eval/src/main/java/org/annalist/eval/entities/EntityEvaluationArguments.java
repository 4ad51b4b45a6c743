package org.annalist.eval.entities;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * The command line of {@link EntityEvaluation}, as {@link EntityCommandLine} reads it.
 *
 * @param evalData the folder holding {@code meantime-english/}
 * @param topics the MEANTIME topics to score; all four when empty
 * @param verbose whether to print the worst merges and splits of each topic
 */
public record EntityEvaluationArguments(Path evalData, Set<String> topics, boolean verbose) {

  public EntityEvaluationArguments {
    Objects.requireNonNull(evalData, "evalData");
    topics = Set.copyOf(topics);
  }
}
