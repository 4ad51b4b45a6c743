package org.annalist.eval.events;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The systems {@link EventEvaluation} can run, by the name {@code --system} gives. To add one,
 * add an entry to the maps of {@link #standard()}, e.g. {@code "annalist", AnnalistEvents::new}
 * (a class may implement both interfaces and be named in both maps). A fresh system is made for
 * each run.
 *
 * @param mentionSystems the mention detectors, for {@code --task mentions}
 * @param corefSystems the coreference systems, for {@code --task coref}
 */
public record EventSystems(
    Map<String, Supplier<EventMentionSystem>> mentionSystems,
    Map<String, Supplier<EventCorefSystem>> corefSystems) {

  /** The mention system run when {@code --system} is not given. */
  public static final String DEFAULT_MENTION_SYSTEM = "verb-baseline";
  /** The coreference system run when {@code --system} is not given. */
  public static final String DEFAULT_COREF_SYSTEM = "lemma-baseline";

  /** Annalist's own system, for both tasks. */
  public static final String ANNALIST = "annalist";

  public EventSystems {
    mentionSystems = Map.copyOf(mentionSystems);
    corefSystems = Map.copyOf(corefSystems);
  }

  /** The systems the command line knows. */
  public static EventSystems standard() {
    return new EventSystems(
        Map.of(DEFAULT_MENTION_SYSTEM, VerbBaseline::new, ANNALIST, AnnalistEvents::new),
        Map.of(DEFAULT_COREF_SYSTEM, SameLemmaBaseline::new, ANNALIST, AnnalistEvents::new));
  }

  /** The names for a task, sorted, joined by {@code |}, for usage messages. */
  static String names(Map<String, ?> systems) {
    return String.join("|", systems.keySet().stream().sorted().toList());
  }
}
