package org.annalist.time;

import static org.annalist.time.Tagged.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.Span;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.TimexMod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per normalization rule: the text found and its value (and mod), in context. */
class TemporalTaggerTest {
  private static final TemporalContext HISTORY =
      TemporalContext.narrative(LocalDate.of(2024, 2, 8));
  private static final TemporalContext NEWS = TemporalContext.news(LocalDate.of(2009, 6, 3));

  static Stream<Arguments> narrative() {
    return Stream.of(
        // full and partial calendar dates
        Arguments.of("On September 1, 1939, Germany attacked.", "September 1, 1939", "1939-09-01"),
        Arguments.of("It began on 22 June 1941.", "22 June 1941", "1941-06-22"),
        Arguments.of("It began on the 22nd of June, 1941.", "the 22nd of June, 1941", "1941-06-22"),
        Arguments.of("In July 1941, Stalin asked.", "July 1941", "1941-07"),
        Arguments.of("In February of 1940 a pact.", "February of 1940", "1940-02"),
        Arguments.of("It was 1941-06-22 at dawn.", "1941-06-22", "1941-06-22"),
        Arguments.of(
            "On Saturday, June 24, 1950 he phoned.", "Saturday, June 24, 1950", "1950-06-24"),
        Arguments.of("In 1939 the war began.", "1939", "1939"),
        // eras
        Arguments.of("The battle of 480 BC was decisive.", "480 BC", "BC0480"),
        Arguments.of("In 149 B.C. Rome attacked.", "149 B.C.", "BC0149"),
        Arguments.of("In April 480 BC the army moved.", "April 480 BC", "BC0480-04"),
        Arguments.of("Rome fell in AD 476.", "AD 476", "0476"),
        // decades and centuries
        Arguments.of("In the 1930s the economy collapsed.", "the 1930s", "193"),
        Arguments.of("By the late 1960s it was over.", "the late 1960s", "196"),
        Arguments.of(
            "In the thirties of the last century, crisis came.",
            "the thirties of the last century",
            "193"),
        Arguments.of("In the 19th century empires grew.", "the 19th century", "18"),
        Arguments.of("In the fifth century BC Athens rose.", "the fifth century BC", "BC04"),
        // seasons, quarters, halves, holidays
        Arguments.of("In the spring of 1942 they attacked.", "the spring of 1942", "1942-SP"),
        Arguments.of("In summer 1918 they advanced.", "summer 1918", "1918-SU"),
        Arguments.of("In the first half of 1942 it held.", "the first half of 1942", "1942-H1"),
        Arguments.of("In the latter half of 1942 it broke.", "the latter half of 1942", "1942-H2"),
        Arguments.of("On Christmas 1963 they met.", "Christmas 1963", "1963-12-25"),
        // modifiers
        Arguments.of("By early October the line broke.", "early October", "XXXX-10"),
        Arguments.of("In late 1942 the tide turned.", "late 1942", "1942"),
        Arguments.of("In mid-1916 the offensive began.", "mid-1916", "1916"),
        Arguments.of("At the end of 1941 the situation was unstable.", "the end of 1941", "1941"),
        // durations and sets
        Arguments.of("The siege lasted three days.", "three days", "P3D"),
        Arguments.of("It lasted more than three years.", "more than three years", "P3Y"),
        Arguments.of("A ten-day truce followed.", "ten-day", "P10D"),
        Arguments.of("The canal took two and a half years.", "two and a half years", "P2.5Y"),
        Arguments.of("The feud lasted two decades.", "two decades", "P20Y"),
        Arguments.of("The feud went on for decades.", "decades", "PXY"),
        Arguments.of("After a month-long siege the town fell.", "month-long", "P1M"),
        Arguments.of("It was the first drought in decades.", "decades", "PXY"),
        Arguments.of("The town grew over the years.", "over the years", "PXY"),
        Arguments.of("After a months-long trek they arrived.", "months-long", "PXM"),
        Arguments.of("After a weeklong strike they agreed.", "weeklong", "P1W"),
        Arguments.of("It ended after the past", "the past", "PAST_REF"),
        Arguments.of("The recruit was 18 years old.", "18 years old", "P18Y"),
        Arguments.of("A senator had to be 30 years of age.", "30 years of age", "P30Y"),
        Arguments.of("Rents will rise over the next four years.", "the next four years", "P4Y"),
        Arguments.of("The march took over nine months.", "over nine months", "P9M"),
        Arguments.of("They met annually.", "annually", "P1Y"),
        // references
        Arguments.of("It is now a museum.", "now", "PRESENT_REF"),
        Arguments.of("Historians currently agree.", "currently", "PRESENT_REF"),
        Arguments.of("More recently the archive opened.", "More recently", "PAST_REF"));
  }

  @ParameterizedTest
  @MethodSource("narrative")
  void findsAndNormalizesInNarrative(String text, String expected, String value) {
    TemporalExpression found = only(text, TemporalContext.narrative(null));
    assertThat(found.span().quote(text)).isEqualTo(expected);
    assertThat(found.value()).isEqualTo(value);
  }

  @Test
  void aTextEndingInAnEraWordHasNoYearAndDoesNotThrow() {
    assertThat(TemporalTagger.english().tag("They bought an ad", HISTORY)).isEmpty();
    assertThat(TemporalTagger.english().tag("Dates given in CE", HISTORY)).isEmpty();
    assertThat(only("It fell in AD 476.", HISTORY).value()).isEqualTo("0476");
  }

  @Test
  void modifiersBecomeMods() {
    assertThat(only("In late 1942 the tide turned.", HISTORY).mod()).isEqualTo(TimexMod.END);
    assertThat(only("By early October 1939 it fell.", HISTORY).mod()).isEqualTo(TimexMod.START);
    assertThat(only("In mid-September 1942 they fought.", HISTORY).mod()).isEqualTo(TimexMod.MID);
    assertThat(only("It lasted more than three years.", HISTORY).mod())
        .isEqualTo(TimexMod.MORE_THAN);
    assertThat(only("The temple was built ca. 466 BC.", HISTORY).mod()).isEqualTo(TimexMod.APPROX);
    assertThat(only("He was born about 1910 in Puebla.", HISTORY)
            .span()
            .quote("He was born about 1910 in Puebla."))
        .isEqualTo("about 1910");
    assertThat(TemporalTagger.english().tag("He spoke about May and June.", HISTORY))
        .extracting(TemporalExpression::mod)
        .as("only a dated time is approximate")
        .containsOnlyNulls();
  }

  @Test
  void eachSentenceCarriesTheReferenceAsTheExpressionThatSetItToldIt() {
    String text =
        "The war went on. At the end of 1941 he wrote. He waited. In the spring of the following year he wrote again.";
    List<Integer> starts =
        List.of(0, text.indexOf("At"), text.indexOf("He waited"), text.indexOf("In the spring"));
    TemporalAnalysis analysis = TemporalTagger.english()
        .analyze(
            text,
            List.of(Span.of(0, text.length())),
            starts,
            TemporalContext.narrative(LocalDate.of(2020, 5, 1)));
    assertThat(analysis.sentenceReferences())
        .extracting(TimeLayers.SENTENCE_REFERENCE::encode)
        .containsExactly("DATE 2020-05-01", "DATE 2020-05-01", "DATE 1941 END", "DATE 1941 END");
    assertThat(TemporalTagger.english()
            .analyze(
                text,
                List.of(Span.of(0, text.length())),
                starts,
                TemporalContext.news(LocalDate.of(2020, 5, 1)))
            .sentenceReferences())
        .extracting(TimeLayers.SENTENCE_REFERENCE::encode)
        .containsOnly("DATE 2020-05-01");
  }

  @Test
  void narrativeAnchorsOnTheStorysOwnTime() {
    assertThat(values(
            "On December 6, 1949, he left. He arrived on December 16 and met Stalin.", HISTORY))
        .containsExactly("1949-12-06", "1949-12-16");
    assertThat(values("In 1939 the war began. In September of this year Poland fell.", HISTORY))
        .containsExactly("1939", "1939-09");
    assertThat(values(
            "The republic was founded on October 1, 1949. The next day the Soviets recognized it.",
            HISTORY))
        .containsExactly("1949-10-01", "1949-10-02");
    assertThat(values("On January 2, 1950, Molotov came. On January 20th, Zhou arrived.", HISTORY))
        .containsExactly("1950-01-02", "1950-01-20");
    assertThat(values("In 1941 the war began. The following year they won.", HISTORY))
        .containsExactly("1941", "1942");
    assertThat(values("It ended in 1918. Two days later they left.", HISTORY))
        .containsExactly("1918", "1918-XX-XX");
  }

  @Test
  void aYearLessDateInARangeBorrowsTheYearOfItsNeighbour() {
    assertThat(
            values("In 1941 it began. Between May and July 1942 he sent two telegrams.", HISTORY))
        .containsExactly("1941", "1942-05", "1942-07");
  }

  @Test
  void newsAnchorsOnTheCreationTime() {
    assertThat(values("On Monday the company said sales fell in January.", NEWS))
        .containsExactly("2009-06-01", "2009-01");
    assertThat(values("Yesterday shares fell; three years ago they rose.", NEWS))
        .containsExactly("2009-06-02", "2006");
    assertThat(values("Today the board met.", NEWS)).containsExactly("2009-06-03");
  }

  @Test
  void todayInANarrativeIsThePresent() {
    assertThat(values("Today the museum stands on the site.", HISTORY))
        .containsExactly("PRESENT_REF");
  }

  @Test
  void agoDoesNotMoveTheStory() {
    String text =
        "In October 1949 they met. The treaty of four years ago was old. On December 21st he came.";
    assertThat(values(text, TemporalContext.narrative(null)))
        .containsExactly("1949-10", "1945", "1949-12-21");
    assertThat(values(text, HISTORY))
        .as("ago counts from the creation time when there is one")
        .containsExactly("1949-10", "2020", "1949-12-21");
  }

  @Test
  void aDateThatQualifiesANounOrIsAComparisonDoesNotMoveTheStory() {
    assertThat(values(
            "On 13 July 1793 Marat died. The leader of the August 1792 uprising fell. On 17 August the vote came.",
            HISTORY))
        .containsExactly("1793-07-13", "1792-08", "1793-08-17");
    assertThat(values("In May 1789 they met, as in 1614. On 27 December the king agreed.", HISTORY))
        .containsExactly("1789-05", "1614", "1789-12-27");
  }

  @Test
  void aCoarseStepIntoTheNextYearMovesTheStory() {
    assertThat(values(
            "In June 1941 the war began. The army moved in the following year. On 3 May the town fell.",
            HISTORY))
        .containsExactly("1941-06", "1942", "1942-05-03");
    assertThat(values(
            "In June 1941 the war began. They struck in the spring of the following year. On 3 May the town fell.",
            HISTORY))
        .containsExactly("1941-06", "1942-SP", "1942-05-03");
  }

  @Test
  void aSeasonOfARelativeYearIsOneExpression() {
    String text =
        "In 1850 the canal opened; in the winter of that year it froze, and in the summer of the previous year it was dug.";
    List<TemporalExpression> found = TemporalTagger.english().tag(text, HISTORY);
    assertThat(found)
        .extracting(TemporalExpression::value)
        .containsExactly("1850", "1850-WI", "1849-SU");
    assertThat(found.get(1).span().quote(text)).isEqualTo("the winter of that year");
  }

  @Test
  void aYearNamedInPassingDoesNotMoveAStoryToldToTheMonth() {
    assertThat(values(
            "On 10 March 1975 the attack began, ahead of plans for 1976. On 11 March the town fell.",
            HISTORY))
        .containsExactly("1975-03-10", "1976", "1975-03-11");
    assertThat(values(
            "On 10 March 1975 the attack began. In 1976, on 11 March, the town fell.", HISTORY))
        .containsExactly("1975-03-10", "1976", "1976-03-11");
  }

  @Test
  void aCapitalizedSeasonBeforeANameIsPartOfTheName() {
    assertThat(values("He visited the Winter Palace.", HISTORY)).isEmpty();
    assertThat(values(
            "They attacked in the winter.", TemporalContext.narrative(LocalDate.of(1942, 1, 5))))
        .containsExactly("1942-WI");
  }

  @Test
  void countsAndModalsAreNotTimes() {
    assertThat(values("He commanded 1500 soldiers and may attack.", HISTORY)).isEmpty();
    assertThat(values("Stalin sent a second telegram.", HISTORY)).isEmpty();
    assertThat(values("They had 80,000 troops.", HISTORY)).isEmpty();
  }

  @Test
  void anAgeMadeAnAdjectiveIsNotATime() {
    assertThat(values("A 16-year-old boy and the 40 - year - old plant were hit.", NEWS))
        .isEmpty();
    assertThat(values("A 16-year plan and a 90-day-old law.", NEWS)).containsExactly("P16Y");
    assertThat(values("The recruit was 18 years old.", NEWS)).containsExactly("P18Y");
  }

  @Test
  void timesOfDayTakeTheReferenceDay() {
    assertThat(values("On 11 November 1918 at 10:57 the guns fell silent.", HISTORY))
        .containsExactly("1918-11-11", "1918-11-11T10:57");
    assertThat(values("On June 22, 1941 at 4 a.m. they attacked.", HISTORY))
        .containsExactly("1941-06-22", "1941-06-22T04:00");
  }

  @Test
  void aTimeZoneBelongsToTheExpressionAndUtcToItsValue() {
    String text = "On 2 May 1945 at 04:30 UTC the guns fell silent.";
    TemporalExpression utc = TemporalTagger.english().tag(text, HISTORY).get(1);
    assertThat(utc.span().quote(text)).isEqualTo("04:30 UTC");
    assertThat(utc.value()).isEqualTo("1945-05-02T04:30Z");
    assertThat(utc.interval())
        .isEqualTo(DayInterval.of(LocalDate.of(1945, 5, 2), LocalDate.of(1945, 5, 2)));
    TemporalExpression midnight = only("It ended at 24:00 GMT.", HISTORY);
    assertThat(midnight.value()).endsWith("T24:00Z");
    assertThat(TimexValue.parse(midnight.value())).isPresent();
    assertThat(values("It ended at 24:01.", HISTORY))
        .as("past the end of the day is no time")
        .isEmpty();
    assertThat(values("On 2 May 1945 at 9 a.m. EST they met.", HISTORY))
        .containsExactly("1945-05-02", "1945-05-02T09:00");
  }

  @Test
  void theEarlyHoursOrAPartOfADayToldByWeekdayIsThatDaysPart() {
    assertThat(values(
            "They struck in the early hours of Sunday and the early morning hours of 30 April.",
            NEWS))
        .containsExactly("2009-05-31TMO", "2009-04-30TMO");
    assertThat(values("They struck in the early hours of Sunday morning.", NEWS))
        .containsExactly("2009-05-31TMO");
    assertThat(
            values("On 3 May 1945 they rested; on the night of the next day they left.", HISTORY))
        .containsExactly("1945-05-03", "1945-05-04TNI");
    assertThat(values("They rested in the early hours.", NEWS)).containsExactly("PTXH");
  }

  @Test
  void minutesAfterADotAreAClockTimeOnlyBeforeAmOrPm() {
    assertThat(values("On 3 May 1945 at 6.30am and 8.05 p.m. it rained 6.30 inches.", HISTORY))
        .containsExactly("1945-05-03", "1945-05-03T06:30", "1945-05-03T20:05");
  }

  @Test
  void fourDigitsAreATimeOfDayWithAZoneOrWithHoursAfterALeadingZero() {
    assertThat(values("On 2 May 1945 at 0737 GMT the guns fell silent.", HISTORY))
        .containsExactly("1945-05-02", "1945-05-02T07:37Z");
    assertThat(values("On 2 May 1945 at 0600 hours they met.", HISTORY))
        .containsExactly("1945-05-02", "1945-05-02T06:00");
    assertThat(values("The tape held 1500 hours of music and 2560 GMT was no time.", HISTORY))
        .containsExactly("PT1500H");
  }

  @Test
  void aYearAndADashBeforeLettersIsTheYearAlone() {
    assertThat(values("In 1752-ab it rained.", HISTORY)).containsExactly("1752");
    assertThat(values("In 1752-06-xy it rained.", HISTORY)).containsExactly("1752-06");
  }

  @Test
  void aDecadeWordNeedsACenturyToBeADate() {
    TemporalContext undated = TemporalContext.narrative(null);
    assertThat(TemporalTagger.english().tag("Music changed in the eighties.", undated))
        .isEmpty();
    assertThat(values("Music changed in the eighties.", NEWS)).containsExactly("198");
    assertThat(values("Since '82 and the '80s, music changed.", NEWS))
        .containsExactly("1982", "198");
    assertThat(values("In 1941 they planned for '42.", HISTORY)).containsExactly("1941", "1942");
  }

  @Test
  void aDecadeWithoutItsCenturyIsTheLatestThatHasBegun() {
    assertThat(values("Stars of the '50s and the 70s, and of the fifties.", NEWS))
        .containsExactly("195", "197", "195");
    assertThat(values("Stars of the '20s.", TemporalContext.news(LocalDate.of(2024, 5, 1))))
        .containsExactly("202");
    assertThat(values("Stars of the '20s.", TemporalContext.news(LocalDate.of(2019, 5, 1))))
        .containsExactly("192");
    assertThat(values("A man in his 70s and 60s BC.", NEWS)).containsExactly("BC006");
  }

  @Test
  void aDecadeWithoutItsCenturyIsNeverBeforeTheFirst() {
    assertThat(values("In 2 CE the eighties began, and '82 came.", HISTORY))
        .containsExactly("0002", "008", "0082");
  }

  @Test
  void aDayNoSuchMonthHasLeavesTheMonth() {
    assertThat(
            values("In 1850 the fort fell; on February 30 and 31 April nothing happened.", HISTORY))
        .containsExactly("1850", "1850-02", "1850-04");
    assertThat(values("On February 29 they left.", TemporalContext.narrative(null)))
        .containsExactly("XXXX-02-29");
  }

  @Test
  void onlyAsciiDigitsMakeNumbers() {
    assertThat(values("The siege lasted \u0664 years, from \u0661\u0669\u0664\u0661.", HISTORY))
        .isEmpty();
  }

  @Test
  void aTimeOnADayBeforeTheCommonEraIsWrittenInItsEra() {
    assertThat(values("On 7 July 4 BC they left that night.", HISTORY)).contains("BC0004-07-07TNI");
  }

  @Test
  void anEraBeforeAYearTakesFourDigitsAtMost() {
    assertThat(values("It was built in AD 476, not in CE 41752.", HISTORY)).containsExactly("0476");
  }

  @Test
  void intervalsComeWithTheValues() {
    TemporalExpression july = only("In July 1941 he asked.", HISTORY);
    assertThat(july.interval())
        .isEqualTo(DayInterval.of(LocalDate.of(1941, 7, 1), LocalDate.of(1941, 7, 31)));
    assertThat(only("The siege lasted three days.", HISTORY).interval()).isNull();
  }

  private static TemporalExpression only(String text, TemporalContext context) {
    List<TemporalExpression> found = TemporalTagger.english().tag(text, context);
    assertThat(found).as("expressions in '%s': %s", text, found).hasSize(1);
    return found.get(0);
  }
}
