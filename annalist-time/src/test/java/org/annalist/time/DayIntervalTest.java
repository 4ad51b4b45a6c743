package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayIntervalTest {
  private static final DayInterval JULY_1941 =
      DayInterval.of(LocalDate.of(1941, 7, 1), LocalDate.of(1941, 7, 31));

  @Test
  void countsBothEnds() {
    assertThat(JULY_1941.days()).isEqualTo(31);
    assertThat(DayInterval.day(LocalDate.of(1941, 7, 2)).days()).isEqualTo(1);
  }

  @Test
  void overlapsAndContains() {
    DayInterval summer = DayInterval.of(LocalDate.of(1941, 6, 21), LocalDate.of(1941, 9, 22));
    assertThat(JULY_1941.overlaps(summer)).isTrue();
    assertThat(summer.contains(JULY_1941)).isTrue();
    assertThat(JULY_1941.overlaps(DayInterval.day(LocalDate.of(1941, 8, 1)))).isFalse();
  }

  @Test
  void refusesAnIntervalThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> DayInterval.of(LocalDate.of(1941, 7, 31), LocalDate.of(1941, 7, 1)))
        .hasMessage("interval ends (1941-07-01) before it starts (1941-07-31)");
  }
}
