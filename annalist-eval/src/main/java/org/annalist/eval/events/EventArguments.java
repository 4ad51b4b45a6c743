package org.annalist.eval.events;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link EventEvaluation}, as {@link EventCommandLine} reads it.
 *
 * @param task mention detection or coreference
 * @param corpus which gold corpus
 * @param split which ECB+ topics (MEANTIME has no split and takes only {@code all}); for
 *     anchoring, the split of the anchoring corpus ({@code dev}, {@code test} or {@code all})
 * @param system the system's name, or null for the task's default
 * @param grouping the sets of documents a coreference system is given together
 * @param mentions which gold mentions are read
 * @param evalData the folder holding {@code ecbplus/} and {@code meantime-english/}
 */
public record EventArguments(
    Task task,
    Corpus corpus,
    EcbPlusSplit split,
    @Nullable String system,
    Grouping grouping,
    MentionKinds mentions,
    Path evalData) {

  /** What is evaluated. */
  public enum Task {
    MENTIONS,
    COREF,
    /** When each event happened, against gold event-time links ({@code anchoring} package). */
    ANCHORING,
    /** Factuality and tense of event mentions, against gold attributes ({@code factuality} package). */
    FACTUALITY
  }

  /** The gold corpora. */
  public enum Corpus {
    ECBPLUS,
    MEANTIME,
    /** TimeBank and AQUAINT (TempEval-3), for anchoring only. */
    TBAQ,
    /** The SemEval-2015 Task 4 TimeLine gold, for anchoring only. */
    TIMELINE
  }

  public EventArguments {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(evalData, "evalData");
  }

  /** The system to run: the one named, else the task's default. */
  public String systemName() {
    if (system != null) {
      return system;
    }
    return task == Task.COREF
        ? EventSystems.DEFAULT_COREF_SYSTEM
        : EventSystems.DEFAULT_MENTION_SYSTEM;
  }
}
