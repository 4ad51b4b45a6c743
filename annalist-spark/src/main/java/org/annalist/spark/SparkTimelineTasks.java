package org.annalist.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.annalist.model.Span;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Conflict;
import org.annalist.timeline.ConflictDraft;
import org.annalist.timeline.EventComparer;
import org.annalist.timeline.TimelineTasks;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * The timeline's work on blocked keys as Spark tasks. Alignment: each block goes to an executor as
 * its attestations ({@link Telling}), is clustered there by {@link Aligner#cluster}, and comes back
 * as the positions of each cluster's members in the block; the driver puts its own attestations
 * in those places. Comparison: each aligned event goes to an executor the same way, with the
 * documents' paths and the series claims broadcast once, is compared there by {@link
 * EventComparer#compare}, and its conflicts come back. Either way the results are exactly those of
 * a run in one JVM, in the same order.
 */
final class SparkTimelineTasks implements TimelineTasks {
  private final SparkSession spark;
  private final int partitions;

  /** Tasks on this session, over {@code partitions} tasks (0 for four per core of the cluster). */
  SparkTimelineTasks(SparkSession spark, int partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  @Override
  public List<List<List<Attestation>>> clusterEach(List<List<Attestation>> blocks) {
    List<List<List<Integer>>> positions = context()
        .parallelize(sent(blocks), slices(blocks.size()))
        .map(SparkTimelineTasks::positions)
        .collect();
    List<List<List<Attestation>>> clustered = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<Attestation> block = blocks.get(b);
      clustered.add(positions.get(b).stream()
          .map(members -> members.stream().map(block::get).toList())
          .toList());
    }
    return clustered;
  }

  @Override
  public List<List<ConflictDraft>> compareEach(
      EventComparer comparer, List<List<Attestation>> events) {
    Broadcast<Comparison> comparison = context()
        .broadcast(
            new Comparison(new HashMap<>(comparer.paths()), Telling.of(comparer.seriesClaims())));
    try {
      return context()
          .parallelize(sent(events), slices(events.size()))
          .mapPartitions((Iterator<List<Telling>> part) -> compared(comparison.value(), part))
          .collect()
          .stream()
          .map(SparkTimelineTasks::drafts)
          .toList();
    } finally {
      comparison.destroy();
    }
  }

  private JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  private int slices(int items) {
    return Math.max(
        1,
        Math.min(
            items, partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism()));
  }

  private static List<List<Telling>> sent(List<List<Attestation>> groups) {
    List<List<Telling>> sent = new ArrayList<>();
    groups.forEach(group -> sent.add(Telling.of(group)));
    return sent;
  }

  /** On an executor: the block's clusters as positions in the block. */
  private static List<List<Integer>> positions(List<Telling> block) {
    List<Attestation> attestations = Telling.attestations(block);
    Map<Attestation, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < attestations.size(); i++) {
      position.put(attestations.get(i), i);
    }
    List<List<Integer>> clusters = new ArrayList<>();
    for (List<Attestation> cluster : Aligner.cluster(attestations)) {
      clusters.add(new ArrayList<>(cluster.stream().map(position::get).toList()));
    }
    return clusters;
  }

  /** On an executor: each event of a partition compared, by one comparer decoded once. */
  private static Iterator<List<Draft>> compared(
      Comparison comparison, Iterator<List<Telling>> events) {
    EventComparer comparer =
        new EventComparer(comparison.paths(), Telling.attestations(comparison.seriesClaims()));
    List<List<Draft>> compared = new ArrayList<>();
    events.forEachRemaining(event -> compared.add(new ArrayList<>(
        comparer.compare(Telling.attestations(event)).stream().map(Draft::of).toList())));
    return compared.iterator();
  }

  private static List<ConflictDraft> drafts(List<Draft> drafts) {
    return drafts.stream().map(Draft::conflict).toList();
  }

  /** What every comparison task shares, broadcast once. */
  private record Comparison(HashMap<String, String> paths, ArrayList<Telling> seriesClaims)
      implements Serializable {}

  /** A conflict draft as it travels back. */
  private record Draft(Conflict.Kind kind, String explanation, ArrayList<Claim> claims)
      implements Serializable {
    static Draft of(ConflictDraft draft) {
      return new Draft(
          draft.kind(),
          draft.explanation(),
          new ArrayList<>(draft.claims().stream()
              .map(c -> new Claim(c.document(), c.span().start(), c.span().end(), c.value()))
              .toList()));
    }

    ConflictDraft conflict() {
      return new ConflictDraft(
          kind,
          explanation,
          claims.stream()
              .map(c -> new Conflict.Claim(c.document(), Span.of(c.start(), c.end()), c.value()))
              .toList());
    }
  }

  /** One side's words, as they travel back. */
  private record Claim(String document, int start, int end, String value) implements Serializable {}
}
