package org.annalist.eval.events.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.annalist.eval.score.Prf;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The metrics on small examples computed by hand, including the ones the papers discuss. */
class CorefMetricsTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final Offset<Double> THREE_DIGITS = within(5e-4);

  /** Clusters written as strings of one-character mention names, e.g. {@code "12345", "67"}. */
  static Clustering clusters(String... clusters) {
    return Clustering.ofClusters(Arrays.stream(clusters)
        .map(cluster -> cluster.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .toList());
  }

  private static void assertPrf(
      Prf actual, double precision, double recall, Offset<Double> offset) {
    assertThat(actual.precision()).as("precision").isCloseTo(precision, offset);
    assertThat(actual.recall()).as("recall").isCloseTo(recall, offset);
  }

  /**
   * The key of Bagga &amp; Baldwin (1998) and Luo (2005, Figure 1): twelve mentions in entities of
   * five, two and five; mention 10-12 written A, B, C.
   */
  private static final Clustering KEY = clusters("12345", "67", "89ABC");
  /** (a): the second and third entities merged. */
  private static final Clustering MERGE_SMALL = clusters("12345", "6789ABC");
  /** (b): the first and third entities merged. */
  private static final Clustering MERGE_LARGE = clusters("1234589ABC", "67");
  /** (c): everything in one entity. */
  private static final Clustering ONE_ENTITY = clusters("123456789ABC");
  /** (d): every mention alone. */
  private static final Clustering ALL_ALONE =
      clusters("1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C");

  @Nested
  class Muc {
    @Test
    void vilainSplitKeyLosesOneLinkOfThree() {
      Clustering key = clusters("ABCD");

      assertPrf(CorefMetrics.muc(key, clusters("AB", "CD")), 1, 2.0 / 3, EXACT);
      assertPrf(CorefMetrics.muc(clusters("AB", "CD"), key), 2.0 / 3, 1, EXACT);
    }

    /** MUC cannot tell (a) from (b), the flaw Bagga &amp; Baldwin point out: 90% precision both. */
    @Test
    void scoresBothMergesOfBaggaAndBaldwinAlike() {
      assertPrf(CorefMetrics.muc(KEY, MERGE_SMALL), 0.9, 1, EXACT);
      assertPrf(CorefMetrics.muc(KEY, MERGE_LARGE), 0.9, 1, EXACT);
      assertThat(CorefMetrics.muc(KEY, MERGE_SMALL).f1()).isCloseTo(0.947, THREE_DIGITS);
    }

    @Test
    void rewardsOneEntityAndGivesNothingForSingletons() {
      assertPrf(CorefMetrics.muc(KEY, ONE_ENTITY), 9.0 / 11, 1, EXACT);
      assertThat(CorefMetrics.muc(KEY, ONE_ENTITY).f1()).isCloseTo(0.900, THREE_DIGITS);
      assertPrf(CorefMetrics.muc(KEY, ALL_ALONE), 0, 0, EXACT);
      assertThat(CorefMetrics.muc(KEY, ALL_ALONE).f1()).isZero();
    }
  }

  @Nested
  class BCubed {
    @Test
    void tellsTheTwoMergesOfBaggaAndBaldwinApart() {
      // (a): 5 mentions at 5/5, 2 at 2/7 and 5 at 5/7, over 12.
      assertPrf(
          CorefMetrics.bCubed(KEY, MERGE_SMALL), (5 + 2 * 2.0 / 7 + 5 * 5.0 / 7) / 12, 1, EXACT);
      // (b): 10 mentions at 5/10 and 2 at 2/2.
      assertPrf(CorefMetrics.bCubed(KEY, MERGE_LARGE), (10 * 0.5 + 2) / 12, 1, EXACT);
      assertThat(CorefMetrics.bCubed(KEY, MERGE_SMALL).f1()).isCloseTo(0.865, THREE_DIGITS);
      assertThat(CorefMetrics.bCubed(KEY, MERGE_LARGE).f1()).isCloseTo(0.737, THREE_DIGITS);
    }

    @Test
    void scoresTheDegenerateResponsesOfLuo() {
      assertPrf(
          CorefMetrics.bCubed(KEY, ONE_ENTITY), (5 * 5 + 2 * 2 + 5 * 5) / 12.0 / 12, 1, EXACT);
      assertThat(CorefMetrics.bCubed(KEY, ONE_ENTITY).f1()).isCloseTo(0.545, THREE_DIGITS);
      assertPrf(CorefMetrics.bCubed(KEY, ALL_ALONE), 1, 3.0 / 12, EXACT);
      assertThat(CorefMetrics.bCubed(KEY, ALL_ALONE).f1()).isCloseTo(0.400, THREE_DIGITS);
    }
  }

  /** Luo (2005), Table 1, column φ4: 0.733, 0.667, 0.294 and 0.178 for responses (a) to (d). */
  @Nested
  class CeafE {
    @Test
    void alignsTheMergedEntityWithTheLargerKeyEntity() {
      // {12345}~{12345}: 1; {89ABC}~{6789ABC}: 10/12; {67} is left unaligned.
      double total = 1 + 10.0 / 12;
      assertPrf(CorefMetrics.ceafE(KEY, MERGE_SMALL), total / 2, total / 3, EXACT);
      assertThat(CorefMetrics.ceafE(KEY, MERGE_SMALL).f1()).isCloseTo(0.733, THREE_DIGITS);
    }

    @Test
    void scoresTheOtherResponsesOfLuo() {
      assertPrf(
          CorefMetrics.ceafE(KEY, MERGE_LARGE), (10.0 / 15 + 1) / 2, (10.0 / 15 + 1) / 3, EXACT);
      assertThat(CorefMetrics.ceafE(KEY, MERGE_LARGE).f1()).isCloseTo(0.667, THREE_DIGITS);
      assertPrf(CorefMetrics.ceafE(KEY, ONE_ENTITY), 10.0 / 17, 10.0 / 17 / 3, EXACT);
      assertThat(CorefMetrics.ceafE(KEY, ONE_ENTITY).f1()).isCloseTo(0.294, THREE_DIGITS);
      double singles = 2.0 / 6 + 2.0 / 3 + 2.0 / 6;
      assertPrf(CorefMetrics.ceafE(KEY, ALL_ALONE), singles / 12, singles / 3, EXACT);
      assertThat(CorefMetrics.ceafE(KEY, ALL_ALONE).f1()).isCloseTo(0.178, THREE_DIGITS);
    }

    /**
     * Taking the most similar pair first ({@code acdef~abef}, 6/9) would leave {@code b} with
     * nothing; the optimal alignment pairs {@code acdef~cd} (4/7) and {@code b~abef} (2/5).
     */
    @Test
    void findsTheOptimalAlignmentWhereGreedyPairingFails() {
      Prf score = CorefMetrics.ceafE(clusters("acdef", "b"), clusters("abef", "cd"));

      double optimal = 4.0 / 7 + 2.0 / 5;
      assertPrf(score, optimal / 2, optimal / 2, EXACT);
      assertThat(optimal).isGreaterThan(6.0 / 9);
    }
  }

  /**
   * Response mentions the key lacks and key mentions the response lacks (predicted mentions), as
   * in the example of Pradhan et al. (2014): key {a b c}{d e f g}, response {a b}{c d}{f g h i}.
   */
  @Test
  void scoresMentionsThatOnlyOneSideHas() {
    Clustering key = clusters("abc", "defg");
    Clustering response = clusters("ab", "cd", "fghi");

    // MUC recall: {abc} splits in 2 (1 of 2 links), {defg} in 3 ({d}, {e} missing, {fg}): 1 of 3.
    // Precision: {ab} 1 of 1, {cd} 0 of 1, {fghi} splits in 3 ({fg}, {h}, {i}): 1 of 3.
    assertPrf(CorefMetrics.muc(key, response), 2.0 / 5, 2.0 / 5, EXACT);
    // B3 recall: (4/3 + 1/3 + 1/4 + 4/4) / 7; precision: (4/2 + 1/2 + 1/2 + 4/4) / 8.
    assertPrf(CorefMetrics.bCubed(key, response), 4.0 / 8, (5.0 / 3 + 5.0 / 4) / 7, EXACT);
    // CEAF-e: abc~ab 4/5 + defg~fghi 4/8 = 1.3.
    assertPrf(CorefMetrics.ceafE(key, response), 1.3 / 3, 1.3 / 2, EXACT);
  }

  @Test
  void aPerfectResponseScoresOneAndConllAveragesTheThree() {
    CorefScore perfect = CorefScore.of(KEY, KEY);
    assertThat(List.of(perfect.muc(), perfect.bCubed(), perfect.ceafE()))
        .allSatisfy(prf -> assertPrf(prf, 1, 1, EXACT));
    assertThat(perfect.conllF1()).isEqualTo(1);

    CorefScore merged = CorefScore.of(KEY, MERGE_SMALL);
    assertThat(merged.conllF1())
        .isCloseTo((merged.muc().f1() + merged.bCubed().f1() + merged.ceafE().f1()) / 3, EXACT)
        .isCloseTo((0.947 + 0.865 + 0.733) / 3, within(1e-3));
  }

  @Test
  void emptyClusteringsScoreZeroNotNaN() {
    Clustering empty = Clustering.ofClusters(List.of());
    CorefScore score = CorefScore.of(empty, empty);
    assertThat(score.conllF1()).isZero();
    assertPrf(CorefMetrics.ceafE(KEY, empty), 0, 0, EXACT);
    assertPrf(CorefMetrics.bCubed(empty, KEY), 0, 0, EXACT);
  }
}
