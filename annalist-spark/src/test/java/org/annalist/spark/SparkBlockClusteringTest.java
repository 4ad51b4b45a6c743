package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.bench.SyntheticAttestations;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blocks clustered as Spark tasks give the clusters that blocks clustered in one JVM give. */
class SparkBlockClusteringTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void syntheticMentionsAlignAsInOneJvm() {
    List<Attestation> attestations = SyntheticAttestations.generate(20_000, 7);

    List<List<Attestation>> onSpark = new Aligner(new SparkBlockClustering(spark, 3)).align(attestations);

    assertThat(onSpark).hasSizeLessThan(attestations.size()).isEqualTo(new Aligner().align(attestations));
  }
}
