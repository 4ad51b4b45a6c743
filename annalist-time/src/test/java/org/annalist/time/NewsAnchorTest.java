package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How news resolves against the article's date, one rule a test, on sentences written for it. */
class NewsAnchorTest {

  @Test
  void theLastQuarterWithNoYearIsTheOneBeforeTheArticles() {
    assertThat(values("Profits rose in the last quarter.", LocalDate.of(2009, 6, 3)))
        .containsExactly("2009-Q1");
    assertThat(values("Profits rose in the last quarter.", LocalDate.of(2009, 1, 20)))
        .containsExactly("2008-Q4");
    assertThat(values("Sales fell in the last half.", LocalDate.of(2009, 9, 1)))
        .containsExactly("2009-H1");
    assertThat(values("Sales fell in the last quarter of 2008.", LocalDate.of(2009, 9, 1)))
        .containsExactly("2008-Q4");
  }

  @Test
  void aQuarterAsAnAdjectiveIsADateAndOneWellAheadOfTheArticleIsLastYears() {
    LocalDate february = LocalDate.of(2009, 2, 12);
    assertThat(values("The firm posted a fourth-quarter loss.", february))
        .containsExactly("2008-Q4");
    assertThat(values("First-half sales fell.", february)).containsExactly("2009-H1");
    assertThat(values("Sales in the fourth quarter fell.", february)).containsExactly("2008-Q4");
    assertThat(values("Sales in the second quarter will rise.", february))
        .containsExactly("2009-Q2");
    assertThat(values("Sales in the fourth quarter of this year will rise.", february))
        .containsExactly("2009-Q4");
    assertThat(values("He came first - quarter of the way.", february)).isEmpty();
  }

  @Test
  void theSameUnitAYearAgoIsOneExpressionOneYearBack() {
    LocalDate created = LocalDate.of(2009, 2, 12);
    assertThat(values("Sales fell from the same month a year ago.", created))
        .containsExactly("2008-02");
    assertThat(values("Sales fell from the same quarter of last year.", created))
        .containsExactly("2008-Q1");
    assertThat(values("Sales fell on the same day the year before.", created))
        .containsExactly("2008-02-12");
    assertThat(values("Sales fell on the same day.", created)).containsExactly("2009-02-12");
  }

  @Test
  void theDayOrTheYearOfTheNewsIsTheArticlesUnlessAPhraseAfterSaysWhich() {
    LocalDate created = LocalDate.of(2009, 2, 12);
    assertThat(values("Shares fell 3% on the day and 10% for the year.", created))
        .containsExactly("2009-02-12", "2009");
    assertThat(values("He left on the day of the vote, in the year he was elected.", created))
        .isEmpty();
    assertThat(TemporalTagger.english()
            .tag("They rested on the day.", TemporalContext.narrative(created)))
        .isEmpty();
  }

  @Test
  void aClockTimeTakesTheDayToldEarlierInItsSentenceElseTheLastDayTold() {
    LocalDate wednesday = LocalDate.of(2009, 12, 16);
    assertThat(values("The plane flew on Tuesday at 18:00 UTC. It landed at 19:00.", wednesday))
        .containsExactly("2009-12-15", "2009-12-15T18:00Z", "2009-12-15T19:00");
    assertThat(values("The plane landed at 19:00.", wednesday)).containsExactly("2009-12-16T19:00");
  }

  @Test
  void theSameDayLaterInTheDayAndTheDayAreTheLastDayTold() {
    LocalDate saturday = LocalDate.of(2009, 4, 4);
    assertThat(values(
            "Stocks rose on Friday. A report came out on the same day. Later in the day, shares fell.",
            saturday))
        .containsExactly("2009-04-03", "2009-04-03", "2009-04-03");
    assertThat(values("Stocks rose on Friday. That day the report came out.", saturday))
        .containsExactly("2009-04-03", "2009-04-03");
    assertThat(values("Stocks rose on Friday. This day is calm.", saturday))
        .containsExactly("2009-04-03", "2009-04-04");
    assertThat(values("Stocks rose on Friday. The Dow ended the day higher.", saturday))
        .containsExactly("2009-04-03", "2009-04-03");
  }

  @Test
  void theNextDayOrNightAndDaysOrHoursLaterCountFromTheLastDayTold() {
    LocalDate wednesday = LocalDate.of(2013, 3, 13);
    assertThat(
            values("A vigil was held on Monday evening. A protest came the next night.", wednesday))
        .containsExactly("2013-03-11TEV", "2013-03-12TNI");
    assertThat(values(
            "The fire broke out Saturday. The next day it rained. The following morning it stopped.",
            wednesday))
        .containsExactly("2013-03-09", "2013-03-10", "2013-03-11TMO");
    assertThat(values("He was shot on Friday. He had been seen the previous day.", wednesday))
        .containsExactly("2013-03-08", "2013-03-07");
    assertThat(values("He was shot on Friday and died two days later.", wednesday))
        .containsExactly("2013-03-08", "2013-03-10");
    assertThat(values("He was shot on Friday. That night police came.", wednesday))
        .containsExactly("2013-03-08", "2013-03-08TNI");
  }

  @Test
  void withoutADayToldTheyCountFromTheArticleAndThisOrAgoAlwaysDo() {
    LocalDate wednesday = LocalDate.of(2013, 3, 13);
    assertThat(values("Police said the next day would be calm.", wednesday))
        .containsExactly("2013-03-14");
    assertThat(values(
            "He was shot on Friday. This morning he spoke; two days ago he slept.", wednesday))
        .containsExactly("2013-03-08", "2013-03-13TMO", "2013-03-11");
  }

  @Test
  void nowIsTheLastDayToldElseTheArticlesDayAndInAStoryThePresent() {
    LocalDate friday = LocalDate.of(2013, 5, 3);
    assertThat(values("Prices are high now.", friday)).containsExactly("2013-05-03");
    assertThat(values("He argued on Thursday that she is in rehab right now.", friday))
        .containsExactly("2013-05-02", "2013-05-02");
    assertThat(Tagged.values("Prices are high now.", TemporalContext.narrative(friday)))
        .containsExactly("PRESENT_REF");
    assertThat(Tagged.values("Prices are high now.", new TemporalContext(null, AnchoringMode.NEWS)))
        .containsExactly("PRESENT_REF");
  }

  @Test
  void theWeekendIsTheLastOneBegunOrTheComingOneWhenTheSentenceLooksAhead() {
    LocalDate monday = LocalDate.of(2008, 10, 13);
    assertThat(values("Many meetings took place during the weekend.", monday))
        .containsExactly("2008-W41-WE");
    assertThat(values("The shops will reopen after the weekend.", monday))
        .containsExactly("2008-W42-WE");
    assertThat(values("A fire broke out at the weekend.", LocalDate.of(2013, 7, 21)))
        .containsExactly("2013-W29-WE");
    assertThat(values("A fire broke out at the weekend.", LocalDate.of(2013, 7, 20)))
        .containsExactly("2013-W29-WE");
    assertThat(values("They met on the weekend of the vote.", monday)).isEmpty();
    assertThat(Tagged.values("They met during the weekend.", TemporalContext.narrative(monday)))
        .isEmpty();
  }

  @Test
  void thePartOfADayIsThatOfTheLastDayTold() {
    LocalDate friday = LocalDate.of(2013, 5, 3);
    assertThat(values("She checked in on Thursday. She showed up in the morning and left.", friday))
        .containsExactly("2013-05-02", "2013-05-02TMO");
    assertThat(values("Police patrolled in the evening.", friday)).containsExactly("2013-05-03TEV");
    assertThat(values("She left on the morning of May 1.", friday))
        .containsExactly("2013-05-01TMO");
    assertThat(values(
            "The evening-wear line sold out. He watched the evening news and the night shift.",
            friday))
        .isEmpty();
    assertThat(Tagged.values("She showed up in the morning.", TemporalContext.narrative(friday)))
        .isEmpty();
  }

  @Test
  void aRunOfUnitsIsADurationAndTheNthDayOfARunIsTheDayTold() {
    LocalDate wednesday = LocalDate.of(2008, 9, 17);
    assertThat(values("The dollar rose after six straight days of losses.", wednesday))
        .containsExactly("P6D");
    assertThat(values("Japan posted two consecutive quarters of decline.", wednesday))
        .containsExactly("P2Q");
    assertThat(values("Trading was suspended for a second consecutive day.", wednesday))
        .containsExactly("2008-09-17");
    assertThat(values("On Tuesday, protesters marched for a third straight night.", wednesday))
        .containsExactly("2008-09-16", "2008-09-16TNI");
    assertThat(values("He came first in the second straight race.", wednesday)).isEmpty();
    assertThat(values("Sales fell in the second quarter.", wednesday)).containsExactly("2008-Q2");
  }

  @Test
  void aMonthOfARelativeYearTakesThatYear() {
    LocalDate may = LocalDate.of(2009, 5, 15);
    assertThat(values("Dealers will close after October of next year.", may))
        .containsExactly("2010-10", "2010");
    assertThat(values("Sales fell in March of last year.", may)).containsExactly("2008-03", "2008");
  }

  @Test
  void hoursOrMinutesLaterAreATimeOfTheDayToldWhoseClockIsUnknown() {
    assertThat(values(
            "Police came a few hours later. Two minutes later he left.", LocalDate.of(2007, 4, 9)))
        .containsExactly("2007-04-09TXX:XX", "2007-04-09TXX:XX");
    assertThat(Tagged.values(
            "In July 1941 they met. Three hours earlier it rained.",
            TemporalContext.narrative(null)))
        .containsExactly("1941-07", "1941-07");
  }

  @Test
  void aClockTimeTakesTheDayNamedRightAfterIt() {
    LocalDate thursday = LocalDate.of(2009, 6, 4);
    assertThat(values("At a press conference at 16:15 UTC, June 1st, he spoke.", thursday))
        .containsExactly("2009-06-01T16:15Z", "2009-06-01");
    assertThat(values("The polls closed at 9 p.m. on Tuesday.", thursday))
        .containsExactly("2009-06-02T21:00", "2009-06-02");
    assertThat(values("The polls closed at 9 p.m. after the vote on Tuesday.", thursday))
        .containsExactly("2009-06-04T21:00", "2009-06-02");
  }

  @Test
  void aDayAndAClockToldTogetherAreOneExpression() {
    LocalDate thursday = LocalDate.of(2009, 6, 4);
    assertThat(Tagged.texts(
            "Posted Tuesday, June 2, 2009, 9:36 AM by staff.", TemporalContext.news(thursday)))
        .containsExactly("Tuesday, June 2, 2009, 9:36 AM");
    assertThat(values("Posted Tuesday, June 2, 2009, 9:36 AM by staff.", thursday))
        .containsExactly("2009-06-02T09:36");
    assertThat(Tagged.texts(
            "It hit at 3:30 a.m. Tuesday and at 6am on Monday morning.",
            TemporalContext.news(thursday)))
        .containsExactly("3:30 a.m. Tuesday", "6am", "Monday morning");
    assertThat(values("It hit at 6am on Monday morning.", thursday))
        .containsExactly("2009-06-01T06:00", "2009-06-01TMO");
    assertThat(Tagged.texts(
            "They met at 16:15 UTC, June 1st, and talked.", TemporalContext.news(thursday)))
        .containsExactly("16:15 UTC", "June 1st");
    assertThat(Tagged.texts(
            "On June 1 at noon and at 9 p.m. he spoke.", TemporalContext.news(thursday)))
        .containsExactly("June 1", "noon", "9 p.m.");
  }

  @Test
  void aSentenceEndsAtAStopMarkFollowedBySpace() {
    assertThat(TemporalTagger.sentenceEndBetween("a. b", 0, 4)).isTrue();
    assertThat(TemporalTagger.sentenceEndBetween("U.S. b", 0, 2)).isFalse();
    assertThat(TemporalTagger.sentenceEndBetween("a? b", 2, 4)).isFalse();
  }

  @Test
  void aHolidayWithNoYearTakesTheYearADateWould() {
    assertThat(values("Christmas sales were strong.", LocalDate.of(2007, 1, 18)))
        .containsExactly("2006-12-25");
    assertThat(values("Christmas sales will be strong.", LocalDate.of(2007, 10, 18)))
        .containsExactly("2007-12-25");
  }

  @Test
  void aBareWeekdayIsTheLastOneUnlessTheSentenceTellsOfWhatIsToCome() {
    LocalDate tuesday = LocalDate.of(2009, 6, 2);
    assertThat(values("The council met on Friday.", tuesday)).containsExactly("2009-05-29");
    assertThat(values("The council will meet on Friday.", tuesday)).containsExactly("2009-06-05");
    assertThat(values("The vote is set to take place on Tuesday.", tuesday))
        .containsExactly("2009-06-02");
    assertThat(values("The markets have stayed closed until Friday.", tuesday))
        .containsExactly("2009-06-05");
    assertThat(values("The mayor said on Friday the council will meet.", tuesday))
        .containsExactly("2009-05-29");
    assertThat(values("The mayor, who will retire, said on Friday he was tired.", tuesday))
        .containsExactly("2009-05-29");
  }

  private static List<String> values(String text, LocalDate created) {
    return Tagged.values(text, TemporalContext.news(created));
  }
}
