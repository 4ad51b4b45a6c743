package org.annalist.eval.events.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.junit.jupiter.api.Test;

class AnchorTallyTest {
  private static final GoldAnchor MARCH_6 = new GoldAnchor(
      "d/e1", Span.of(0, 4), "2008-03-06", DayInterval.day(LocalDate.of(2008, 3, 6)), false);

  @Test
  void anIntervalIsRightWhenItContainsTheGoldDateAndOverlapsWhenItSharesADay() {
    AnchorTally tally = new AnchorTally();
    tally.add(MARCH_6, dated("2008-03-01", "2008-03-31", 0.8));
    tally.add(MARCH_6, dated("2008-03-06", "2008-03-06", 0.9));
    tally.add(MARCH_6, dated("2008-03-07", "2008-03-09", 0.4));
    tally.addUndated();

    assertThat(tally.found()).isEqualTo(4);
    assertThat(tally.dated()).isEqualTo(3);
    assertThat(tally.undatedShare()).isEqualTo(0.25);
    assertThat(tally.containsShare()).isEqualTo(2 / 3.0);
    assertThat(tally.overlapsShare()).isEqualTo(2 / 3.0);
    assertThat(tally.medianDays()).isEqualTo(3);
    assertThat(tally.meanConfidence()).isEqualTo((0.8 + 0.9 + 0.4) / 3);
  }

  @Test
  void aNarrowerIntervalInsideAWiderGoldOverlapsButIsNotCounted() {
    GoldAnchor year = new GoldAnchor(
        "d/e2",
        Span.of(0, 4),
        "2008",
        DayInterval.of(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)),
        false);
    AnchorTally tally = new AnchorTally();
    tally.add(year, dated("2008-03-06", "2008-03-06", 0.9));

    assertThat(tally.containsShare()).isZero();
    assertThat(tally.overlapsShare()).isEqualTo(1);
  }

  private static Dated dated(String earliest, String latest, double confidence) {
    return new Dated(
        DayInterval.of(LocalDate.parse(earliest), LocalDate.parse(latest)), "stated", confidence);
  }
}
