package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnchoringModesTest {
  private static final LocalDate DCT = LocalDate.of(2024, 2, 8);

  @Test
  void aTextAboutYearsLongBeforeItWasWrittenIsANarrative() {
    assertThat(AnchoringModes.choose(
            "Updated 2024-02-08. In June 1941, war came. In July 1941, Stalin asked.", DCT))
        .isEqualTo(AnchoringMode.NARRATIVE);
  }

  @Test
  void aTextAboutItsOwnTimeIsNews() {
    assertThat(AnchoringModes.choose(
            "Shares fell in 2023, and in January 2024 they rose; 2024 looks good.", DCT))
        .isEqualTo(AnchoringMode.NEWS);
    assertThat(AnchoringModes.choose("On Monday the board met.", DCT))
        .isEqualTo(AnchoringMode.NEWS);
  }

  @Test
  void withoutACreationTimeEveryTextIsANarrative() {
    assertThat(AnchoringModes.choose("On Monday the board met in 2024.", null))
        .isEqualTo(AnchoringMode.NARRATIVE);
  }

  @Test
  void countsAreNotYears() {
    assertThat(AnchoringModes.choose("In 2024, 1,941 people and 1.941 tons and 19410 items.", DCT))
        .isEqualTo(AnchoringMode.NEWS);
  }
}
