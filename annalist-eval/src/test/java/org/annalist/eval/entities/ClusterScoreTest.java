package org.annalist.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annalist.eval.score.Prf;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {
  private static LinkedMention m(String document, String gold, String system) {
    return new LinkedMention(document, gold, system, gold);
  }

  /** Gold {a1 a2 a3} {b1}; system {a1 a2} {a3 b1}. */
  private static final List<LinkedMention> MENTIONS =
      List.of(m("d1", "A", "x"), m("d2", "A", "x"), m("d2", "A", "y"), m("d3", "B", "y"));

  @Test
  void pairwiseCountsSameEntityDecisions() {
    ClusterScore score = ClusterScore.of(MENTIONS);

    assertThat(score.pairsGold()).isEqualTo(3);
    assertThat(score.pairsSystem()).isEqualTo(2);
    assertThat(score.pairsCorrect()).isEqualTo(1);
    assertThat(score.pairwise().precision()).isEqualTo(0.5);
    assertThat(score.pairwise().recall()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void crossDocumentPairsLeaveOutPairsInOneDocument() {
    ClusterScore score = ClusterScore.of(MENTIONS);

    assertThat(score.crossGold()).as("a1-a2, a1-a3; not a2-a3").isEqualTo(2);
    assertThat(score.crossSystem()).as("a1-a2, a3-b1").isEqualTo(2);
    assertThat(score.crossCorrect()).isEqualTo(1);
  }

  @Test
  void bCubedAveragesOverMentions() {
    Prf b3 = ClusterScore.of(MENTIONS).bCubed();

    assertThat(b3.precision()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, within(1e-9));
    assertThat(b3.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
  }

  @Test
  void perfectGroupingScoresOneAndScoresAddUp() {
    List<LinkedMention> perfect = List.of(m("d1", "A", "x"), m("d2", "A", "x"), m("d3", "B", "y"));
    ClusterScore score = ClusterScore.of(perfect);

    assertThat(score.pairwise()).isEqualTo(Prf.of(1, 1, 1));
    assertThat(score.bCubed().f1()).isEqualTo(1.0);
    assertThat(score.plus(ClusterScore.of(MENTIONS)).mentions()).isEqualTo(7);
    assertThat(score.plus(ClusterScore.ZERO)).isEqualTo(score);
  }
}
