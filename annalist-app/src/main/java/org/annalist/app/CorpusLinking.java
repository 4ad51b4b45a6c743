package org.annalist.app;

import java.time.Duration;
import org.annalist.store.AnnalistStore;
import org.annalist.timeline.BlockClustering;

/**
 * The corpus-level steps, entity linking then the timeline, over everything stored. The store's
 * generation is read first and recorded with the timeline, so a run killed anywhere before the
 * timeline is stored leaves linking pending ({@link AnnalistStore#isLinkingPending()}) and the
 * next run links again, even when it finds no file changed.
 */
final class CorpusLinking {
  private CorpusLinking() {}

  /** Links the corpus, the aligner's blocks clustered by {@code clustering}. */
  static AnalysisReport.CorpusSteps link(AnnalistStore store, BlockClustering clustering) {
    long generation = store.generation();
    long entitiesStarted = System.nanoTime();
    EntityLinking.Linked linked = EntityLinking.link(store);
    long timelineStarted = System.nanoTime();
    int events = TimelineLinking.link(store, generation, clustering);
    return new AnalysisReport.CorpusSteps(linked.entities(), linked.tokens(),
        Duration.ofNanos(timelineStarted - entitiesStarted), events, Duration.ofNanos(System.nanoTime() - timelineStarted));
  }
}
