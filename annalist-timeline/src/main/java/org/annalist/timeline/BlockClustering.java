package org.annalist.timeline;

import java.util.List;

/**
 * Where the {@link Aligner} clusters its blocks. Each block is clustered on its own by {@link
 * Aligner#cluster}, which depends on nothing but the block, so blocks can be clustered anywhere:
 * in parallel in this process, or as the tasks of a cluster job.
 */
@FunctionalInterface
public interface BlockClustering {
  /** The blocks in parallel on this process's common pool. */
  BlockClustering IN_PROCESS = blocks -> blocks.parallelStream().map(Aligner::cluster).toList();

  /** Each block's clusters, as {@link Aligner#cluster} makes them, in the order of the blocks. */
  List<List<List<Attestation>>> clusterEach(List<List<Attestation>> blocks);
}
