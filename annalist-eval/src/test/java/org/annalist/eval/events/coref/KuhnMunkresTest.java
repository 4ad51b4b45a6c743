package org.annalist.eval.events.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KuhnMunkresTest {

  @Test
  void prefersTwoGoodPairsToOneBestPair() {
    double[][] weights = {{0.9, 0.8}, {0.7, 0.0}};

    assertThat(KuhnMunkres.assignment(weights)).containsExactly(1, 0);
    assertThat(KuhnMunkres.maximumWeight(weights)).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void leavesRowsOverWhenThereAreFewerColumns() {
    double[][] weights = {{0.1}, {0.5}, {0.3}};

    assertThat(KuhnMunkres.assignment(weights)).containsExactly(-1, 0, -1);
    assertThat(KuhnMunkres.maximumWeight(new double[0][0])).isZero();
  }

  @Test
  void refusesNegativeAndRaggedWeights() {
    assertThatThrownBy(() -> KuhnMunkres.assignment(new double[][] {{-1}}))
        .hasMessage("weights must be finite and >= 0, was -1.0");
    assertThatThrownBy(() -> KuhnMunkres.assignment(new double[][] {{1, 2}, {3}}))
        .hasMessage("rows have 2 and 1 columns");
  }

  @Provide
  Arbitrary<double[][]> matrices() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(rows -> Arbitraries.integers()
            .between(1, 6)
            .flatMap(columns -> Arbitraries.of(0.0, 0.25, 0.5, 1.0, 1.0 / 3)
                .array(double[].class)
                .ofSize(columns)
                .array(double[][].class)
                .ofSize(rows)));
  }

  /** The optimum equals the best of all one-to-one pairings, enumerated. */
  @Property(tries = 500)
  void matchesExhaustiveSearch(@ForAll("matrices") double[][] weights) {
    int[] assignment = KuhnMunkres.assignment(weights);

    double best = bestByEnumeration(weights, 0, new boolean[weights[0].length]);
    assertThat(KuhnMunkres.maximumWeight(weights)).isCloseTo(best, within(1e-9));
    assertThat(IntStream.of(assignment).filter(column -> column >= 0).distinct().count())
        .isEqualTo(Math.min(weights.length, weights[0].length));
  }

  private static double bestByEnumeration(double[][] weights, int row, boolean[] used) {
    if (row == weights.length) {
      return 0;
    }
    double best = bestByEnumeration(weights, row + 1, used);
    for (int column = 0; column < used.length; column++) {
      if (!used[column]) {
        used[column] = true;
        best = Math.max(best, weights[row][column] + bestByEnumeration(weights, row + 1, used));
        used[column] = false;
      }
    }
    return best;
  }
}
