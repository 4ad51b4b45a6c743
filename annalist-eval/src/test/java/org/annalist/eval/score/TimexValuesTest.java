package org.annalist.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValuesTest {

  @Test
  void ignoresOnlyBlanksCaseAndTheXOfADecadeOrCentury() {
    assertThat(TimexValues.same("BC0480", "BC0480")).isTrue();
    assertThat(TimexValues.same("bc0480 ", "BC0480")).isTrue();
    assertThat(TimexValues.same("1942-SP", "1942-sp")).isTrue();
    assertThat(TimexValues.same("BC0480", "-0479")).isFalse();
    assertThat(TimexValues.same("1941", "1941-XX")).isFalse();
    assertThat(TimexValues.same("P1D", "P24H")).isFalse();
  }

  @Test
  void aDecadeOrCenturyIsTheSameWithItsUnknownYearsWrittenAsX() {
    assertThat(TimexValues.same("194X", "194")).isTrue();
    assertThat(TimexValues.same("19xx", "19")).isTrue();
    assertThat(TimexValues.same("194X", "1940")).isFalse();
    assertThat(TimexValues.same("19XX", "194")).isFalse();
    assertThat(TimexValues.same("1941-XX", "1941")).isFalse();
    assertThat(TimexValues.same("XXXX", "")).isFalse();
  }

  @Test
  void aMissingValueEqualsOnlyAnEmptyOne() {
    assertThat(TimexValues.same(null, "")).isTrue();
    assertThat(TimexValues.same(null, "  ")).isTrue();
    assertThat(TimexValues.same(null, "PAST_REF")).isFalse();
    assertThat(TimexValues.shown(null)).isEqualTo("(none)");
    assertThat(TimexValues.shown(" 1941 ")).isEqualTo("1941");
  }
}
