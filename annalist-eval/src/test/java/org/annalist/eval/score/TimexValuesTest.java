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

  @Test
  void theDayDiagnosticComparesClockTimesByTheirDayOnly() {
    assertThat(TimexValues.sameDay("2012-08-07T12:33Z", "2012-08-07T03:33")).isTrue();
    assertThat(TimexValues.sameDay("2013-07-21T06:00Z", "2013-07-21T06:00:30+01:00"))
        .isTrue();
    assertThat(TimexValues.sameDay("2005-06-24T15:10Z", "2005-06-25T15:10")).isFalse();
    assertThat(TimexValues.sameDay("2012-08-07TMO", "2012-08-07")).isFalse();
    assertThat(TimexValues.sameDay("2012-08-07T03:33", "2012-08-07")).isTrue();
    assertThat(TimexValues.sameDay("194X", "194")).isTrue();
    assertThat(TimexValues.same("2012-08-07T12:33Z", "2012-08-07T03:33")).isFalse();
  }
}
