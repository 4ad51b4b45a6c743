package org.annalist.app;

import java.time.Duration;
import org.annalist.store.AnnalistStore;
import org.annalist.timeline.TimelineTasks;

/**
 * The corpus-level steps, entity linking then the timeline, over everything stored. The store's
 * generation is read first and recorded with the timeline, so a run killed anywhere before the
 * timeline is stored leaves linking pending ({@link AnnalistStore#isLinkingPending()}) and the
 * next run links again, even when it finds no file changed.
 */
final class CorpusLinking {
  private CorpusLinking() {}

  /** Links the corpus, the timeline's blocks clustered and events compared by {@code tasks}. */
  static AnalysisReport.CorpusSteps link(AnnalistStore store, TimelineTasks tasks) {
    long generation = store.generation();
    long entitiesStarted = System.nanoTime();
    EntityLinking.Linked linked = EntityLinking.link(store);
    long timelineStarted = System.nanoTime();
    int events = TimelineLinking.link(store, generation, tasks);
    return new AnalysisReport.CorpusSteps(
        linked.entities(),
        linked.tokens(),
        Duration.ofNanos(timelineStarted - entitiesStarted),
        events,
        Duration.ofNanos(System.nanoTime() - timelineStarted));
  }
}
