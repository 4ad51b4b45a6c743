package org.annalist.time;

import static org.annalist.time.Tagged.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the story's time moves in narrative mode, one rule a test, on sentences written for it. */
class NarrativeAnchorTest {
  private static final TemporalContext HISTORY =
      TemporalContext.narrative(LocalDate.of(2024, 2, 8));

  @Test
  void aYearlessLeapDayTakesTheNearestLeapYearWhenTheStorysYearHasNone() {
    assertThat(values("In 2007 the surge began. On February 29 the general spoke."))
        .containsExactly("2007", "2008-02-29");
    assertThat(values("In 2008 the surge began. On February 29 the general spoke."))
        .containsExactly("2008", "2008-02-29");
    assertThat(values("In 1899 the war began. On February 29 the siege ended."))
        .containsExactly("1899", "1896-02-29");
  }

  @Test
  void theFirstYearOfAParagraphMovesTheStoryEvenInPassing() {
    String text =
        "On 4 March 1820 the mill burned.\n\nHeading\n\nThe builders met again in 1818 at the river. In May the dam broke.";
    assertThat(values(text)).containsExactly("1820-03-04", "1818", "1818-05");
  }

  @Test
  void aYearInPassingInsideAParagraphStillDoesNot() {
    String text =
        "On 4 March 1820 the mill burned.\nThe builders met again in 1818 at the river. In May the dam broke.";
    assertThat(values(text)).containsExactly("1820-03-04", "1818", "1820-05");
  }

  @Test
  void theDateOfAnEventAStateLastedUntilDoesNotMoveTheStory() {
    assertThat(
            values(
                "On 20 October 1850 the siege began. It lasted until the fall of the fort in February 1851. In June the town grew."))
        .containsExactly("1850-10-20", "1851-02", "1850-06");
    assertThat(
            values(
                "On 20 October 1850 the siege began. It lasted until 3 February 1851. In June the town grew."))
        .containsExactly("1850-10-20", "1851-02-03", "1851-06");
  }

  @Test
  void aYearLessMonthThatResumesTheStoryBeforeAnAsideTakesItsYear() {
    assertThat(
            values(
                "On 9 April 1850 the fort fell. In November 1858 a statue was raised. On 15 April the army left."))
        .containsExactly("1850-04-09", "1858-11", "1850-04-15");
    assertThat(
            values(
                "On 9 December 1850 the fort fell. In February 1851 a statue was raised. On 15 April the army left."))
        .as("a month past the move goes on from it")
        .containsExactly("1850-12-09", "1851-02", "1851-04-15");
  }

  @Test
  void aBlankLineIsALineOfWhiteSpaceOnly() {
    assertThat(TemporalTagger.blankLineBetween("a\n \t\nb", 0, 6)).isTrue();
    assertThat(TemporalTagger.blankLineBetween("a\nx\nb", 0, 5)).isFalse();
    assertThat(TemporalTagger.blankLineBetween("a\n\nb", 2, 4)).isFalse();
  }

  @Test
  void aCountBeforeOrAfterAnEventIsTheStorysTimeShiftedWithTheEventTakenIn() {
    String text =
        "On 3 May 1860 the fort fell. Two days after the fall of the fort, the army left.";
    assertThat(texts(text, HISTORY))
        .containsExactly("3 May 1860", "Two days after the fall of the fort");
    assertThat(values(text)).containsExactly("1860-05-03", "1860-05-05");
    assertThat(values("In 1860 the fort fell. A year before the siege began, walls were built."))
        .containsExactly("1860", "1859");
    assertThat(texts(
            "On 3 May 1860 the fort fell. The day after the battle Smith wrote home.", HISTORY))
        .containsExactly("3 May 1860", "The day after the battle");
  }

  @Test
  void aCountTooLargeToCountWithIsNoShift() {
    assertThat(texts("It came 55555555555555555555 days after the fall of the fort.", HISTORY))
        .containsExactly("55555555555555555555 days");
  }

  @Test
  void anEventPhraseWithADateOfItsOwnOrInNewsIsNotTakenIn() {
    assertThat(texts("It came a year after the treaty of May 1860 was signed.", HISTORY))
        .containsExactly("a year", "May 1860");
    assertThat(texts(
            "Two days after the crash, shares fell.",
            TemporalContext.news(LocalDate.of(2009, 6, 3))))
        .containsExactly("Two days");
  }

  @Test
  void aDurationTakesInWhatItIsTheDurationOf() {
    assertThat(texts("After two months of bitter fighting, the town fell.", HISTORY))
        .containsExactly("two months of bitter fighting");
    assertThat(texts("After two months of fighting in 1860, the town fell.", HISTORY))
        .containsExactly("two months", "1860");
    assertThat(texts(
            "After two months of fighting, the town fell.",
            TemporalContext.news(LocalDate.of(2009, 6, 3))))
        .containsExactly("two months");
  }

  private static List<String> values(String text) {
    return Tagged.values(text, HISTORY);
  }
}
