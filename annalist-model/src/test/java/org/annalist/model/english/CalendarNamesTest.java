package org.annalist.model.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarNamesTest {

  /** The words the three tables that came before this one held, in the order of their regular expressions. */
  @Test
  void theMonthWordsAreTheNamesThenTheAbbreviationsWithSept() {
    assertThat(CalendarNames.monthWords())
        .containsExactly(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sept",
            "sep",
            "oct",
            "nov",
            "dec");
  }

  @ParameterizedTest
  @CsvSource({"january, JANUARY", "May, MAY", "SEPTEMBER, SEPTEMBER", "december, DECEMBER"})
  void readsFullMonthNamesInAnyCase(String word, Month month) {
    assertThat(CalendarNames.monthOfName(word)).hasValue(month);
    assertThat(CalendarNames.month(word)).hasValue(month);
  }

  @ParameterizedTest
  @CsvSource({"jan, JANUARY", "Feb, FEBRUARY", "sep, SEPTEMBER", "Sept, SEPTEMBER", "DEC, DECEMBER"
  })
  void readsAbbreviationsInAnyCase(String word, Month month) {
    assertThat(CalendarNames.monthOfAbbreviation(word)).hasValue(month);
    assertThat(CalendarNames.monthOfName(word)).isEmpty();
    assertThat(CalendarNames.month(word)).hasValue(month);
  }

  @Test
  void mayIsANameNotAnAbbreviation() {
    assertThat(CalendarNames.monthOfAbbreviation("may")).isEmpty();
    assertThat(CalendarNames.monthOfName("may")).hasValue(Month.MAY);
  }

  @Test
  void otherWordsNameNoMonth() {
    for (String word : List.of("janu", "sept.", "septem", "mai", "spring", "")) {
      assertThat(CalendarNames.month(word)).as(word).isEmpty();
    }
  }

  @Test
  void readsTheDaysOfTheWeekFromMondayToSunday() {
    List<String> names =
        List.of("monday", "Tuesday", "WEDNESDAY", "thursday", "friday", "saturday", "sunday");
    assertThat(names)
        .map(name -> CalendarNames.dayOfWeek(name).orElseThrow())
        .containsExactly(DayOfWeek.values());
    assertThat(CalendarNames.dayOfWeek("mon")).isEmpty();
    assertThat(CalendarNames.dayOfWeek("mondays")).isEmpty();
  }
}
