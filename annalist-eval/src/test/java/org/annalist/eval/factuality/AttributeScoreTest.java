package org.annalist.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AttributeScoreTest {
  /** Gold: 6 POS, 2 NEG, 1 open; the system: 5 of the POS right, 1 of the NEG. */
  private static AttributeScore polarity() {
    AttributeTally tally = new AttributeTally(Attribute.POLARITY);
    for (int i = 0; i < 5; i++) {
      tally.add("POS", "POS");
    }
    tally.add("POS", "NEG");
    tally.add("NEG", "NEG");
    tally.add("NEG", "POS");
    tally.add(Attribute.UNDERSPECIFIED, "POS");
    return tally.score();
  }

  @Test
  void countsPerValueAndLeavesOpenGoldOut() {
    AttributeScore score = polarity();

    assertThat(score.total()).isEqualTo(8);
    assertThat(score.underspecified()).isEqualTo(1);
    assertThat(score.gold("POS")).isEqualTo(6);
    assertThat(score.system("NEG")).isEqualTo(2);
    assertThat(score.accuracy()).isCloseTo(6 / 8.0, within(1e-9));
    assertThat(score.score("NEG").precision()).isCloseTo(0.5, within(1e-9));
    assertThat(score.score("NEG").recall()).isCloseTo(0.5, within(1e-9));
    assertThat(score.values()).containsExactly("POS", "NEG");
  }

  @Test
  void theMajorityBaselineAnswersTheMostFrequentGoldValue() {
    AttributeScore score = polarity();

    assertThat(score.majority()).isEqualTo("POS");
    assertThat(score.majorityAccuracy()).isCloseTo(6 / 8.0, within(1e-9));
    assertThat(score.majorityMacroF1()).isCloseTo((2 * 0.75 / 1.75) / 2, within(1e-9));
  }
}
