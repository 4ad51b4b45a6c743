package org.annalist.eval.events.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.eval.score.Prf;

/** Properties every metric must have, on random clusterings of up to 30 mentions. */
class CorefMetricsPropertyTest {
  private static final List<BiFunction<Clustering, Clustering, Prf>> METRICS =
      List.of(CorefMetrics::muc, CorefMetrics::bCubed, CorefMetrics::ceafE);

  /** Labels for mentions m0..m(n-1); a label of -1 leaves the mention out. */
  @Provide
  Arbitrary<Clustering> clusterings() {
    return Arbitraries.integers()
        .between(-1, 6)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(labels -> {
          Map<String, String> byMention = new LinkedHashMap<>();
          for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) >= 0) {
              byMention.put("m" + i, "c" + labels.get(i));
            }
          }
          return Clustering.of(byMention);
        });
  }

  @Property(tries = 300)
  void scoresLieBetweenZeroAndOne(
      @ForAll("clusterings") Clustering key, @ForAll("clusterings") Clustering response) {
    for (BiFunction<Clustering, Clustering, Prf> metric : METRICS) {
      Prf score = metric.apply(key, response);
      assertThat(List.of(score.precision(), score.recall(), score.f1()))
          .allSatisfy(value -> assertThat(value).isBetween(0.0, 1.0));
    }
    assertThat(CorefScore.of(key, response).conllF1()).isBetween(0.0, 1.0);
  }

  /** Swapping key and response swaps precision and recall. */
  @Property(tries = 300)
  void swappingKeyAndResponseSwapsPrecisionAndRecall(
      @ForAll("clusterings") Clustering key, @ForAll("clusterings") Clustering response) {
    for (BiFunction<Clustering, Clustering, Prf> metric : METRICS) {
      Prf forward = metric.apply(key, response);
      Prf backward = metric.apply(response, key);
      assertThat(backward.precision()).isCloseTo(forward.recall(), within(1e-12));
      assertThat(backward.recall()).isCloseTo(forward.precision(), within(1e-12));
    }
  }

  /** A response equal to the key scores 1 everywhere (MUC needs at least one link to score). */
  @Property(tries = 200)
  void aPerfectResponseScoresOne(@ForAll("clusterings") Clustering key) {
    boolean hasLink = key.clusters().stream().anyMatch(cluster -> cluster.size() > 1);
    assertThat(CorefMetrics.bCubed(key, key).f1())
        .isCloseTo(key.size() == 0 ? 0 : 1, within(1e-12));
    assertThat(CorefMetrics.ceafE(key, key).f1()).isCloseTo(key.size() == 0 ? 0 : 1, within(1e-12));
    assertThat(CorefMetrics.muc(key, key).f1()).isCloseTo(hasLink ? 1 : 0, within(1e-12));
  }

  /** Renaming cluster labels changes nothing. */
  @Property(tries = 200)
  void labelsAreOnlyNames(
      @ForAll("clusterings") Clustering key, @ForAll("clusterings") Clustering response) {
    Map<String, String> renamed = new LinkedHashMap<>();
    response
        .labels()
        .forEach((mention, label) -> renamed.put(mention, "other-" + label.hashCode()));

    for (BiFunction<Clustering, Clustering, Prf> metric : METRICS) {
      Prf original = metric.apply(key, response);
      Prf afterRenaming = metric.apply(key, Clustering.of(renamed));
      assertThat(afterRenaming.precision()).isCloseTo(original.precision(), within(1e-12));
      assertThat(afterRenaming.recall()).isCloseTo(original.recall(), within(1e-12));
    }
  }

  /** Splitting a response cluster never raises MUC recall, nor B-cubed recall. */
  @Property(tries = 300)
  void splittingNeverRaisesRecall(
      @ForAll("clusterings") Clustering key, @ForAll("clusterings") Clustering response) {
    Map<String, String> split = new LinkedHashMap<>();
    response
        .labels()
        .forEach((mention, label) -> split.put(mention, label + "/" + (mention.hashCode() & 1)));
    Clustering finer = Clustering.of(split);

    assertThat(CorefMetrics.muc(key, finer).recall())
        .isLessThanOrEqualTo(CorefMetrics.muc(key, response).recall() + 1e-12);
    assertThat(CorefMetrics.bCubed(key, finer).recall())
        .isLessThanOrEqualTo(CorefMetrics.bCubed(key, response).recall() + 1e-12);
  }
}
