package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.bench.SyntheticAttestations;
import org.annalist.timeline.Aligner;
import org.annalist.timeline.Attestation;
import org.annalist.timeline.Source;
import org.annalist.timeline.Timeline;
import org.annalist.timeline.TimelineBuilder;
import org.annalist.timeline.TimelineTasks;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blocks clustered and events compared as Spark tasks give what they give in one JVM. */
class SparkTimelineTasksTest {
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

    List<List<Attestation>> onSpark =
        new Aligner(new SparkTimelineTasks(spark, 3)).align(attestations);

    assertThat(onSpark)
        .hasSizeLessThan(attestations.size())
        .isEqualTo(new Aligner().align(attestations));
  }

  @Test
  void syntheticMentionsMakeTheTimelineOfOneJvm() {
    List<Attestation> attestations = SyntheticAttestations.generate(5_000, 11);
    Map<String, Source> sources = SyntheticAttestations.sources(attestations);

    Timeline onSpark = new TimelineBuilder(sources, Map.of(), new SparkTimelineTasks(spark, 3))
        .build(attestations);
    Timeline inOneJvm =
        new TimelineBuilder(sources, Map.of(), TimelineTasks.IN_PROCESS).build(attestations);

    assertThat(onSpark.conflicts()).isNotEmpty().isEqualTo(inOneJvm.conflicts());
    assertThat(onSpark.events()).isEqualTo(inOneJvm.events());
    assertThat(onSpark.profiles()).isEqualTo(inOneJvm.profiles());
  }
}
