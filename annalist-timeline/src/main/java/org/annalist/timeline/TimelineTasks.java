package org.annalist.timeline;

import java.util.List;

/**
 * Where the timeline's work on blocked keys runs: the {@link Aligner} clusters each block of
 * attestations on its own ({@link Aligner#cluster}), and the {@link TimelineBuilder} compares the
 * sources of each aligned event on its own ({@link EventComparer#compare}). Each call depends on
 * nothing but its block or event (and, for comparison, the comparer), so they can run anywhere:
 * in this process, or as the tasks of a cluster job. Either way the results come back in order.
 */
public interface TimelineTasks {
  /** Blocks clustered in parallel on this process's common pool; events compared in turn. */
  TimelineTasks IN_PROCESS = new TimelineTasks() {
    @Override
    public List<List<List<Attestation>>> clusterEach(List<List<Attestation>> blocks) {
      return blocks.parallelStream().map(Aligner::cluster).toList();
    }

    @Override
    public List<List<ConflictDraft>> compareEach(
        EventComparer comparer, List<List<Attestation>> events) {
      return events.stream().map(comparer::compare).toList();
    }
  };

  /** Each block's clusters, as {@link Aligner#cluster} makes them, in the order of the blocks. */
  List<List<List<Attestation>>> clusterEach(List<List<Attestation>> blocks);

  /** Each event's conflicts, as {@link EventComparer#compare} finds them, in the order of the events. */
  List<List<ConflictDraft>> compareEach(EventComparer comparer, List<List<Attestation>> events);
}
