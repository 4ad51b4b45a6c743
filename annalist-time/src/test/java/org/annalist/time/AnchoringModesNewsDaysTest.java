package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** News days and future years in the choice of a document's anchoring mode. */
class AnchoringModesNewsDaysTest {
  private static final LocalDate DCT = LocalDate.of(1999, 3, 12);

  @Test
  void aYearAfterTheCreationTimeIsAForecastNotAHistory() {
    assertThat(AnchoringModes.choose("The plant will be finished by 2004, the board said.", DCT))
        .isEqualTo(AnchoringMode.NEWS);
  }

  @Test
  void daysAroundTheCreationTimeOutweighAFewOldYears() {
    assertThat(AnchoringModes.choose(
            "On Friday the court ruled on a 1962 law. Lawyers met Thursday and again yesterday.",
            DCT))
        .isEqualTo(AnchoringMode.NEWS);
  }

  @Test
  void aHistoryWithAWeekdayIsStillANarrative() {
    assertThat(AnchoringModes.choose(
            "On Sunday, 7 December 1941, the fleet was attacked. In 1942 the war widened. By 1943 it"
                + " had turned.",
            DCT))
        .isEqualTo(AnchoringMode.NARRATIVE);
  }
}
