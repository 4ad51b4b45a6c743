package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.layers.TimexMod;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per convention, with the expected days written out. The conventions are explained in
 * docs/TIME-INTERVALS.md; a change here is a change there.
 */
class TimexIntervalsTest {

  // ---- values without a mod ---------------------------------------------------------------------

  @Test
  void aYearIsJanuaryToDecember() {
    assertInterval("1941", null, "1941-01-01", "1941-12-31");
  }

  @Test
  void aMonthIsItsDaysInLeapAndCommonYears() {
    assertInterval("1941-07", null, "1941-07-01", "1941-07-31");
    assertInterval("1940-02", null, "1940-02-01", "1940-02-29");
    assertInterval("1941-02", null, "1941-02-01", "1941-02-28");
    assertInterval("1900-02", null, "1900-02-01", "1900-02-28");
    assertInterval("2000-02", null, "2000-02-01", "2000-02-29");
  }

  @Test
  void aDayAndATimeOfDayAreThatDay() {
    assertInterval("1941-07-02", null, "1941-07-02", "1941-07-02");
    assertInterval("1941-07-02T04", null, "1941-07-02", "1941-07-02");
    assertInterval("1941-07-02T04:30", null, "1941-07-02", "1941-07-02");
    assertInterval("1941-07-02T04:30:15", null, "1941-07-02", "1941-07-02");
    assertInterval("1940-02-29", null, "1940-02-29", "1940-02-29");
  }

  @ParameterizedTest(name = "1941-07-02T{0} is that day")
  @ValueSource(strings = {"MO", "AF", "EV", "DT"})
  void aPartOfDayIsThatDay(String part) {
    assertInterval("1941-07-02T" + part, null, "1941-07-02", "1941-07-02");
  }

  @Test
  void aNightRunsIntoTheNextDay() {
    assertInterval("1941-07-02TNI", null, "1941-07-02", "1941-07-03");
    assertInterval("1941-12-31TNI", null, "1941-12-31", "1942-01-01");
  }

  @Test
  void aDecadeIsItsTenYearsWrittenShortOrPadded() {
    assertInterval("193", null, "1930-01-01", "1939-12-31");
    assertInterval("193X", null, "1930-01-01", "1939-12-31");
  }

  @Test
  void aCenturyIsTheHundredYearsOfItsLeadingDigits() {
    assertInterval("19", null, "1900-01-01", "1999-12-31");
    assertInterval("19XX", null, "1900-01-01", "1999-12-31");
    assertInterval("18", null, "1800-01-01", "1899-12-31");
  }

  @Test
  void seasonsAreMeteorologicalForTheNorthernHemisphere() {
    assertInterval("1942-SP", null, "1942-03-01", "1942-05-31");
    assertInterval("1942-SU", null, "1942-06-01", "1942-08-31");
    assertInterval("1942-FA", null, "1942-09-01", "1942-11-30");
  }

  @Test
  void winterStartsInDecemberOfItsYearAndEndsWithFebruaryOfTheNext() {
    assertInterval("1949-WI", null, "1949-12-01", "1950-02-28");
    assertInterval("1947-WI", null, "1947-12-01", "1948-02-29");
  }

  @Test
  void quartersAndHalvesAreThreeAndSixMonths() {
    assertInterval("1941-Q1", null, "1941-01-01", "1941-03-31");
    assertInterval("1941-Q2", null, "1941-04-01", "1941-06-30");
    assertInterval("1941-Q3", null, "1941-07-01", "1941-09-30");
    assertInterval("1941-Q4", null, "1941-10-01", "1941-12-31");
    assertInterval("1941-H1", null, "1941-01-01", "1941-06-30");
    assertInterval("1941-H2", null, "1941-07-01", "1941-12-31");
  }

  @Test
  void anIsoWeekIsMondayToSunday() {
    assertInterval("1941-W23", null, "1941-06-02", "1941-06-08");
    assertInterval("1941-W01", null, "1940-12-30", "1941-01-05");
  }

  @Test
  void week53ExistsInLongIsoYearsAndEndsInTheNextYear() {
    assertInterval("1948-W53", null, "1948-12-27", "1949-01-02");
    assertInterval("2020-W53", null, "2020-12-28", "2021-01-03");
    assertThat(TimexIntervals.of("1941-W53", null)).isEmpty();
  }

  @Test
  void aWeekendIsSaturdayAndSundayOfItsWeek() {
    assertInterval("1941-W23-WE", null, "1941-06-07", "1941-06-08");
  }

  @Test
  void aWeekdayIsThatDayOfItsWeek() {
    assertInterval("1941-W23-1", null, "1941-06-02", "1941-06-02");
    assertInterval("1941-W23-7", null, "1941-06-08", "1941-06-08");
  }

  @Test
  void bcYearsAreProlepticWithOneBcAsYearZero() {
    assertInterval("BC0480", null, "-0479-01-01", "-0479-12-31");
    assertInterval("BC0001", null, "0000-01-01", "0000-12-31");
    assertInterval("BC0480-05", null, "-0479-05-01", "-0479-05-31");
    assertInterval("BC0480-SP", null, "-0479-03-01", "-0479-05-31");
  }

  @Test
  void aBcDecadeIsItsDigits() {
    // the 480s BC: 489 BC to 480 BC
    assertInterval("BC048", null, "-0488-01-01", "-0479-12-31");
    // the 0s BC: 9 BC to 1 BC, there being no year 0 BC
    assertInterval("BC000", null, "-0008-01-01", "0000-12-31");
  }

  @Test
  void aBcCenturyIsTheOrdinalCentury() {
    // the 5th century BC: 500 BC to 401 BC
    assertInterval("BC04", null, "-0499-01-01", "-0400-12-31");
    // the 1st century BC: 100 BC to 1 BC
    assertInterval("BC00", null, "-0099-01-01", "0000-12-31");
  }

  @Test
  void unknownPartsBelowAKnownYearGiveTheKnownPart() {
    assertInterval("1941-XX", null, "1941-01-01", "1941-12-31");
    assertInterval("1941-XX-XX", null, "1941-01-01", "1941-12-31");
    assertInterval("1941-XX-16", null, "1941-01-01", "1941-12-31");
    assertInterval("1941-07-XX", null, "1941-07-01", "1941-07-31");
  }

  @Test
  void anUnknownWeekGivesTheWholeIsoWeekBasedYear() {
    assertInterval("1941-WXX", null, "1940-12-30", "1941-12-28");
  }

  @ParameterizedTest(name = "{0} has no day interval")
  @ValueSource(
      strings = {
        "XXXX",
        "XXXX-07",
        "XXXX-XX-16",
        "XXXX-WI",
        "XXXX-WXX-1",
        "XXXX-WXX-WE",
        "P3Y",
        "P10D",
        "PT4H",
        "PXY",
        "P1DE",
        "P2CE",
        "P1.5Y",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "1941-13",
        "not a date",
        ""
      })
  void unknownYearsDurationsReferencesAndGarbageHaveNoInterval(String value) {
    assertThat(TimexIntervals.of(value, null)).isEmpty();
    assertThat(TimexIntervals.of(value, TimexMod.START)).isEmpty();
    assertThat(TimexIntervals.of(value, TimexMod.APPROX)).isEmpty();
  }

  // ---- START, MID, END --------------------------------------------------------------------------

  @ParameterizedTest(name = "{1} 1941 is {2}..{3}")
  @CsvSource({
    "1941, START, 1941-01-01, 1941-04-30",
    "1941, MID, 1941-05-01, 1941-08-31",
    "1941, END, 1941-09-01, 1941-12-31"
  })
  void startMidAndEndOfAYearAreItsThirds(
      String value, TimexMod mod, String earliest, String latest) {
    assertInterval(value, mod, earliest, latest);
  }

  @Test
  void startMidAndEndOfAMonthAreDays1To10And11To20And21ToTheEnd() {
    assertInterval("1941-07", TimexMod.START, "1941-07-01", "1941-07-10");
    assertInterval("1941-07", TimexMod.MID, "1941-07-11", "1941-07-20");
    assertInterval("1941-07", TimexMod.END, "1941-07-21", "1941-07-31");
    assertInterval("1940-02", TimexMod.END, "1940-02-21", "1940-02-29");
    assertInterval("1941-02", TimexMod.END, "1941-02-21", "1941-02-28");
  }

  @Test
  void startMidAndEndOfADecadeShareTheirBoundaryYears() {
    assertInterval("193", TimexMod.START, "1930-01-01", "1933-12-31");
    assertInterval("193", TimexMod.MID, "1933-01-01", "1936-12-31");
    assertInterval("196", TimexMod.END, "1966-01-01", "1969-12-31");
  }

  @Test
  void startMidAndEndOfACenturyShareTheirBoundaryYears() {
    assertInterval("19", TimexMod.START, "1900-01-01", "1933-12-31");
    assertInterval("19", TimexMod.MID, "1933-01-01", "1966-12-31");
    assertInterval("19", TimexMod.END, "1966-01-01", "1999-12-31");
  }

  @Test
  void startAndEndOfBcPeriodsAreChronological() {
    // the early 5th century BC: 500 BC to 467 BC; the late 480s BC: 483 BC to 480 BC
    assertInterval("BC04", TimexMod.START, "-0499-01-01", "-0466-12-31");
    assertInterval("BC048", TimexMod.END, "-0482-01-01", "-0479-12-31");
  }

  @Test
  void startMidAndEndOfASeasonOrQuarterAreItsMonths() {
    assertInterval("1942-SP", TimexMod.START, "1942-03-01", "1942-03-31");
    assertInterval("1942-SU", TimexMod.MID, "1942-07-01", "1942-07-31");
    assertInterval("1949-WI", TimexMod.END, "1950-02-01", "1950-02-28");
    assertInterval("1941-Q3", TimexMod.END, "1941-09-01", "1941-09-30");
  }

  @Test
  void startMidAndEndOfAHalfAreTwoMonthsEach() {
    assertInterval("1941-H1", TimexMod.START, "1941-01-01", "1941-02-28");
    assertInterval("1941-H2", TimexMod.MID, "1941-09-01", "1941-10-31");
  }

  @Test
  void startMidAndEndOfAWeekAreMondayToWednesdayWednesdayToFridayAndFridayToSunday() {
    assertInterval("1941-W23", TimexMod.START, "1941-06-02", "1941-06-04");
    assertInterval("1941-W23", TimexMod.MID, "1941-06-04", "1941-06-06");
    assertInterval("1941-W23", TimexMod.END, "1941-06-06", "1941-06-08");
    assertInterval("1941-W23-WE", TimexMod.START, "1941-06-07", "1941-06-07");
    assertInterval("1941-W23-WE", TimexMod.END, "1941-06-08", "1941-06-08");
  }

  @ParameterizedTest(name = "{0} of a day is the day")
  @EnumSource(
      value = TimexMod.class,
      names = {"START", "MID", "END"})
  void startMidAndEndOfADayOrTimeAreThatDay(TimexMod mod) {
    assertInterval("1941-07-02", mod, "1941-07-02", "1941-07-02");
    assertInterval("1941-07-02T04:30", mod, "1941-07-02", "1941-07-02");
    assertInterval("1941-07-02TNI", mod, "1941-07-02", "1941-07-03");
  }

  @Test
  void startOfAValueWithUnknownPartsCannotNarrowItsKnownPart() {
    assertInterval("1941-XX", TimexMod.START, "1941-01-01", "1941-12-31");
    assertInterval("1941-07-XX", TimexMod.END, "1941-07-01", "1941-07-31");
  }

  // ---- APPROX -----------------------------------------------------------------------------------

  @Test
  void approxWidensByAMarginThatGrowsWithTheGranularity() {
    assertInterval("19", TimexMod.APPROX, "1890-01-01", "2009-12-31");
    assertInterval("193", TimexMod.APPROX, "1928-01-01", "1941-12-31");
    assertInterval("1941", TimexMod.APPROX, "1940-01-01", "1942-12-31");
    assertInterval("1942-SP", TimexMod.APPROX, "1942-02-01", "1942-06-30");
    assertInterval("1941-07", TimexMod.APPROX, "1941-06-01", "1941-08-31");
    assertInterval("1941-W23", TimexMod.APPROX, "1941-05-30", "1941-06-11");
    assertInterval("1941-07-02", TimexMod.APPROX, "1941-06-29", "1941-07-05");
    assertInterval("1941-07-02T04:30", TimexMod.APPROX, "1941-07-01", "1941-07-03");
  }

  @Test
  void approxOfAMonthEndsOnTheLastDayOfTheNextMonth() {
    assertInterval("1941-01", TimexMod.APPROX, "1940-12-01", "1941-02-28");
    assertInterval("1940-02", TimexMod.APPROX, "1940-01-01", "1940-03-31");
  }

  @Test
  void approxOfAValueWithUnknownPartsWidensItsKnownPartByTheStatedGranularity() {
    assertInterval("1941-XX-16", TimexMod.APPROX, "1940-12-29", "1942-01-03");
  }

  // ---- mods without a day interval --------------------------------------------------------------

  @ParameterizedTest(name = "{0} is open-ended or about durations: no interval")
  @EnumSource(
      value = TimexMod.class,
      names = {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE"
      })
  void openEndedAndDurationModsHaveNoInterval(TimexMod mod) {
    assertThat(TimexIntervals.of("1941-07", mod)).isEmpty();
    assertThat(TimexIntervals.of("P3Y", mod)).isEmpty();
  }

  @Test
  void aParsedValueGivesTheSameIntervalAsItsString() {
    TimexValue value = TimexValue.parseOrThrow("1942-SP");
    assertThat(TimexIntervals.of(value, TimexMod.END))
        .isEqualTo(TimexIntervals.of("1942-SP", TimexMod.END));
  }

  // ---- properties -------------------------------------------------------------------------------

  @Property(tries = 1000)
  void aDateIsItsDayAndItsMonthAndWeekContainIt(@ForAll("days") LocalDate day) {
    assertThat(TimexIntervals.of(day.toString(), null)).contains(DayInterval.day(day));
    DayInterval month = TimexIntervals.of(day.toString().substring(0, 7), null).orElseThrow();
    assertThat(month.earliest()).isEqualTo(day.withDayOfMonth(1));
    assertThat(month.days()).isEqualTo(day.lengthOfMonth());
    String week = String.format(
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    DayInterval weekDays = TimexIntervals.of(week, null).orElseThrow();
    assertThat(weekDays.contains(DayInterval.day(day))).isTrue();
    assertThat(weekDays.earliest().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(weekDays.days()).isEqualTo(7);
  }

  @Property(tries = 1000)
  void startMidAndEndCoverTheValueInOrderAndApproxContainsIt(@ForAll("knownValues") String value) {
    DayInterval whole = TimexIntervals.of(value, null).orElseThrow();
    DayInterval start = TimexIntervals.of(value, TimexMod.START).orElseThrow();
    DayInterval mid = TimexIntervals.of(value, TimexMod.MID).orElseThrow();
    DayInterval end = TimexIntervals.of(value, TimexMod.END).orElseThrow();

    assertThat(List.of(start, mid, end)).allMatch(whole::contains);
    assertThat(start.earliest()).isEqualTo(whole.earliest());
    assertThat(end.latest()).isEqualTo(whole.latest());
    assertThat(start.latest().plusDays(1)).isAfterOrEqualTo(mid.earliest());
    assertThat(mid.latest().plusDays(1)).isAfterOrEqualTo(end.earliest());
    assertThat(start.earliest()).isBeforeOrEqualTo(mid.earliest());
    assertThat(mid.earliest()).isBeforeOrEqualTo(end.earliest());
    assertThat(TimexIntervals.of(value, TimexMod.APPROX).orElseThrow().contains(whole))
        .isTrue();
  }

  @Property(tries = 2000)
  void garbageNeverThrows(@ForAll("garbage") String text, @ForAll("mods") Optional<TimexMod> mod) {
    Optional<DayInterval> interval = TimexIntervals.of(text, mod.orElse(null));
    Optional<DayInterval> whole = TimexIntervals.of(text, null);
    interval.ifPresent(days -> assertThat(whole).isPresent());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> knownValues() {
    Arbitrary<String> years =
        Arbitraries.integers().between(0, 9999).map(year -> String.format("%04d", year));
    Arbitrary<String> decades =
        Arbitraries.integers().between(0, 999).map(decade -> String.format("%03d", decade));
    Arbitrary<String> centuries =
        Arbitraries.integers().between(0, 99).map(century -> String.format("%02d", century));
    Arbitrary<String> bc = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 9999).map(year -> String.format("BC%04d", year)),
        Arbitraries.integers().between(0, 999).map(decade -> String.format("BC%03d", decade)),
        Arbitraries.integers().between(0, 99).map(century -> String.format("BC%02d", century)));
    Arbitrary<String> parts = years.flatMap(year -> Arbitraries.of(
            "SP",
            "SU",
            "FA",
            "WI",
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "H1",
            "H2",
            "01",
            "02",
            "07",
            "12",
            "W01",
            "W23",
            "W52",
            "W23-WE",
            "W23-3",
            "02-28",
            "07-02TNI",
            "07-02T04:30")
        .map(part -> year + "-" + part));
    return Arbitraries.oneOf(years, decades, centuries, bc, parts);
  }

  @Provide
  Arbitrary<Optional<TimexMod>> mods() {
    return Arbitraries.of(TimexMod.class).optional();
  }

  @Provide
  Arbitrary<String> garbage() {
    return TimexValueTest.timexLikeText();
  }

  private static void assertInterval(
      String value, @Nullable TimexMod mod, String earliest, String latest) {
    assertThat(TimexIntervals.of(value, mod))
        .as("%s %s", value, mod)
        .contains(DayInterval.of(LocalDate.parse(earliest), LocalDate.parse(latest)));
  }
}
