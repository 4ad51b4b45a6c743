package org.annalist.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMentionCodec;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.BlockClustering;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The aligner's blocks clustered as Spark tasks, one block at a time: each block goes to an
 * executor as its attestations (document, event mention as the events stage stores it, entity
 * roles), is clustered there by {@link Aligner#cluster}, and comes back as the positions of each
 * cluster's members in the block. The driver puts its own attestations in those places, so the
 * clusters are exactly those of a run in one JVM.
 */
final class SparkBlockClustering implements BlockClustering {
  private final SparkSession spark;
  private final int partitions;

  SparkBlockClustering(SparkSession spark, int partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  @Override
  public List<List<List<Attestation>>> clusterEach(List<List<Attestation>> blocks) {
    List<List<Telling>> sent = new ArrayList<>();
    for (List<Attestation> block : blocks) {
      sent.add(new ArrayList<>(block.stream().map(Telling::of).toList()));
    }
    int slices = Math.max(1, Math.min(blocks.size(),
        partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism()));
    List<List<List<Integer>>> positions = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(sent, slices).map(SparkBlockClustering::positions).collect();
    List<List<List<Attestation>>> clustered = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<Attestation> block = blocks.get(b);
      clustered.add(positions.get(b).stream().map(members -> members.stream().map(block::get).toList()).toList());
    }
    return clustered;
  }

  /** On an executor: the block's clusters as positions in the block. */
  private static List<List<Integer>> positions(List<Telling> block) {
    List<Attestation> attestations = block.stream().map(Telling::attestation).toList();
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

  /** An attestation as it travels to an executor. */
  record Telling(String document, String mention, List<Participant> participants) implements Serializable {
    static Telling of(Attestation attestation) {
      return new Telling(attestation.document(), EventMentionCodec.encode(attestation.mention()),
          new ArrayList<>(attestation.participants().stream()
              .map(p -> new Participant(p.role(), p.entity(), p.named())).toList()));
    }

    Attestation attestation() {
      return new Attestation(document, EventMentionCodec.decode(mention),
          participants.stream().map(p -> new Attestation.EntityRole(p.role(), p.entity(), p.named())).toList());
    }
  }

  /** A corpus entity in a role, as it travels. */
  record Participant(Role role, String entity, boolean named) implements Serializable {}
}
