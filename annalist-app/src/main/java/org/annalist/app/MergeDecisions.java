package org.annalist.app;

import java.time.Duration;
import java.util.Optional;
import org.annalist.model.KeptApart;
import org.annalist.store.AnnalistStore;
import org.annalist.timeline.TimelineTasks;

/**
 * A user's say over the entity resolver's merges: two names kept apart (a merge undone), or let
 * together again (the undoing undone). The decision is stored, outlives re-analysis, and the
 * corpus is linked again at once, entities and timeline, without analysing any document again.
 */
public final class MergeDecisions {
  private MergeDecisions() {}

  /** The corpus linked again after a decision: how many entities and events, and how long it took. */
  public record Relinked(int entities, int events, Duration took) {}

  /** Keeps the two names in different entities from now on; empty if that was already decided. */
  public static Optional<Relinked> keepApart(AnnalistStore store, KeptApart pair) {
    return store.keepApart(pair) ? Optional.of(relink(store)) : Optional.empty();
  }

  /** Lets the resolver join the two names again if its evidence says so; empty if they were not kept apart. */
  public static Optional<Relinked> allowTogether(AnnalistStore store, KeptApart pair) {
    return store.allowTogether(pair) ? Optional.of(relink(store)) : Optional.empty();
  }

  private static Relinked relink(AnnalistStore store) {
    AnalysisReport.CorpusSteps steps = CorpusLinking.link(store, TimelineTasks.IN_PROCESS);
    return new Relinked(
        steps.entities(), steps.events(), steps.entityTime().plus(steps.timelineTime()));
  }
}
