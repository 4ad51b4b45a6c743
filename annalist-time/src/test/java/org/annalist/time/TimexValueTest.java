package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.time.TimexValue.DurationPart;
import org.annalist.time.TimexValue.Granularity;
import org.annalist.time.TimexValue.Kind;
import org.annalist.time.TimexValue.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The TIMEX value grammar: what parses, as what, what is refused and why. */
class TimexValueTest {

  @ParameterizedTest(name = "{0} is a calendar value of granularity {1}")
  @CsvSource({
    "1941, YEAR",
    "1941-07, MONTH",
    "1941-07-02, DAY",
    "1941-07-02T04, HOUR",
    "1941-07-02T04:30, MINUTE",
    "1941-07-02T04:30:15, SECOND",
    "1941-07-02T04:30Z, MINUTE",
    "XXXX-XX-XXT24:00Z, MINUTE",
    "1941-07-02TMO, PART_OF_DAY",
    "1941-07-02TAF, PART_OF_DAY",
    "1941-07-02TEV, PART_OF_DAY",
    "1941-07-02TNI, PART_OF_DAY",
    "1941-07-02TDT, PART_OF_DAY",
    "194, DECADE",
    "193, DECADE",
    "193X, DECADE",
    "19, CENTURY",
    "19XX, CENTURY",
    "1942-SP, SEASON",
    "1942-SU, SEASON",
    "1942-FA, SEASON",
    "1942-WI, SEASON",
    "1941-Q1, QUARTER",
    "1941-Q4, QUARTER",
    "1941-H1, HALF",
    "1941-H2, HALF",
    "1941-W23, WEEK",
    "1941-W23-WE, WEEK",
    "1941-W23-1, DAY",
    "BC0480, YEAR",
    "BC0480-05, MONTH",
    "BC0480-SP, SEASON",
    "BC048, DECADE",
    "BC04, CENTURY",
    "XXXX, YEAR",
    "XXXX-07, MONTH",
    "XXXX-XX-16, DAY",
    "1941-XX, MONTH",
    "1941-XX-XX, DAY",
    "XXXX-WI, SEASON",
    "XXXX-WXX-1, DAY",
    "0476, YEAR",
    "2007-04-09TXX:XX, MINUTE",
    "2007-04-09T10:XX, MINUTE",
    "2007-04-09TXX, HOUR"
  })
  void parsesCalendarValues(String value, Granularity granularity) {
    TimexValue parsed = TimexValue.parseOrThrow(value);

    assertThat(parsed.kind()).isEqualTo(Kind.CALENDAR);
    assertThat(parsed.granularity()).contains(granularity);
    assertThat(parsed).hasToString(value);
  }

  @Test
  void aPaddedDecadeOrCenturyKeepsItsSpellingButNotItsEquality() {
    assertThat(TimexValue.parseOrThrow("193X"))
        .hasToString("193X")
        .isNotEqualTo(TimexValue.parseOrThrow("193"));
    assertThat(TimexValue.parseOrThrow("19XX")).hasToString("19XX");
    assertThat(TimexValue.parseOrThrow("193"))
        .isEqualTo(TimexValue.parseOrThrow("193"))
        .hasSameHashCodeAs(TimexValue.parseOrThrow("193"));
  }

  @ParameterizedTest(name = "{0} has unknown parts")
  @ValueSource(
      strings = {
        "XXXX",
        "XXXX-07",
        "XXXX-XX-16",
        "1941-XX",
        "1941-XX-XX",
        "XXXX-WI",
        "XXXX-WXX-1",
        "1941-WXX",
        "1918-XX-XX",
        "PXY",
        "P1YXM",
        "2007-04-09TXX:XX"
      })
  void marksUnknownParts(String value) {
    assertThat(TimexValue.parseOrThrow(value).hasUnknownParts()).isTrue();
  }

  @ParameterizedTest(name = "{0} is fully known")
  @ValueSource(strings = {"1941", "193X", "19XX", "BC04", "1941-W23-WE", "P3Y", "PRESENT_REF"})
  void marksFullyKnownValues(String value) {
    assertThat(TimexValue.parseOrThrow(value).hasUnknownParts()).isFalse();
  }

  @Test
  void acceptsLeapDaysAndWeek53OnlyWhereTheCalendarHasThem() {
    assertThat(TimexValue.parse("1940-02-29")).isPresent();
    assertThat(TimexValue.parse("2000-02-29")).isPresent();
    assertThat(TimexValue.parse("XXXX-02-29")).isPresent();
    assertThat(TimexValue.parse("1941-02-29")).isEmpty();
    assertThat(TimexValue.parse("1900-02-29")).isEmpty();
    assertThat(TimexValue.parse("1948-W53")).isPresent();
    assertThat(TimexValue.parse("XXXX-W53")).isPresent();
    assertThat(TimexValue.parse("1941-W53")).isEmpty();
  }

  @Test
  void checksBcDatesOnTheProlepticCalendar() {
    // 1 BC (ISO year 0) and 5 BC (ISO year -4) are leap years; 480 BC (ISO -479) is not.
    assertThat(TimexValue.parse("BC0001-02-29")).isPresent();
    assertThat(TimexValue.parse("BC0005-02-29")).isPresent();
    assertThat(TimexValue.parse("BC0480-02-29")).isEmpty();
  }

  @Test
  void readsDurationTerms() {
    assertThat(parts("P3Y"))
        .containsExactly(new DurationPart(new BigDecimal("3"), Granularity.YEAR));
    assertThat(parts("P10D"))
        .containsExactly(new DurationPart(new BigDecimal("10"), Granularity.DAY));
    assertThat(parts("PT4H"))
        .containsExactly(new DurationPart(new BigDecimal("4"), Granularity.HOUR));
    assertThat(parts("PXY")).containsExactly(new DurationPart(null, Granularity.YEAR));
    assertThat(parts("P1DE")).containsExactly(new DurationPart(BigDecimal.ONE, Granularity.DECADE));
    assertThat(parts("P2CE"))
        .containsExactly(new DurationPart(new BigDecimal("2"), Granularity.CENTURY));
    assertThat(parts("P1.5Y"))
        .containsExactly(new DurationPart(new BigDecimal("1.5"), Granularity.YEAR));
    assertThat(parts("P1Y6MT2H30M"))
        .extracting(DurationPart::unit)
        .containsExactly(Granularity.YEAR, Granularity.MONTH, Granularity.HOUR, Granularity.MINUTE);
  }

  @Test
  void aDurationIsAsFineAsItsSmallestTerm() {
    assertThat(TimexValue.parseOrThrow("P30M").granularity()).contains(Granularity.MONTH);
    assertThat(TimexValue.parseOrThrow("PT30M").granularity()).contains(Granularity.MINUTE);
    assertThat(TimexValue.parseOrThrow("P1Y6M").granularity()).contains(Granularity.MONTH);
    assertThat(TimexValue.parseOrThrow("P2W").kind()).isEqualTo(Kind.DURATION);
  }

  @Test
  void writesDurationAmountsWithoutLeadingZeros() {
    assertThat(TimexValue.parseOrThrow("P03Y")).hasToString("P3Y");
    assertThat(TimexValue.parseOrThrow("P0010D")).hasToString("P10D");
  }

  @Test
  void readsReferences() {
    for (Reference reference : Reference.values()) {
      TimexValue parsed = TimexValue.parseOrThrow(reference.name());
      assertThat(parsed.kind()).isEqualTo(Kind.REFERENCE);
      assertThat(parsed.reference()).contains(reference);
      assertThat(parsed.granularity()).isEmpty();
      assertThat(parsed).hasToString(reference.name());
    }
    assertThat(TimexValue.parseOrThrow("1941").reference()).isEmpty();
    assertThat(TimexValue.parseOrThrow("1941").durationParts()).isEmpty();
  }

  @Test
  void acceptsTheEndOfADayAsTheTaggerGivesItForMidnight() {
    String midnight = TemporalTagger.english()
        .tag("They met at midnight.", TemporalContext.narrative(null))
        .get(0)
        .value();
    assertThat(TimexValue.parse(midnight)).as(midnight).isPresent();
    assertThat(TimexValue.parse("1941-07-02T24:00")).isPresent();
    assertThat(TimexValue.parse("1941-07-02T24:00:00")).isPresent();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "",
        " ",
        "1941 ",
        " 1941",
        "1941-",
        "1941-13",
        "1941-00",
        "1941-07-32",
        "1941-06-31",
        "1941-07-00",
        "1941-W00",
        "1941-W54",
        "1941-W23-8",
        "1941-W23-0",
        "1941-Q5",
        "1941-Q0",
        "1941-H3",
        "1941-sp",
        "1941-07-02T24",
        "1941-07-02T24:01",
        "1941-07-02T24:00:30",
        "1941-07-02T04:60",
        "1941-07-02T04:30:60",
        "1941-07-02T4",
        "1941-07-02T",
        "1",
        "19X",
        "1XXX",
        "X",
        "XX",
        "XXX",
        "XX3",
        "193-07",
        "19-SP",
        "193X-07",
        "BC0000",
        "BC0",
        "BC00480",
        "BC048-05",
        "BCXXXX",
        "P",
        "PT",
        "P3",
        "P3Y3Y",
        "P3M2Y",
        "PT1D",
        "P1H",
        "P-1Y",
        "P.5Y",
        "P1.Y",
        "PXXY",
        "PRESENT",
        "present_ref",
        "T04",
        "TNI",
        "1941-07-02 04:30",
        "-0479",
        "+1941",
        "１９４１",
        "1941\n",
        "1941-07-02T04:30+03",
        "1941-07-02Z",
        "1941-07-02TMOZ",
        "1941-07-02T04:30ZZ",
        "19411",
        "1941-7",
        "1941-07-2"
      })
  void refusesMalformedValues(String value) {
    assertThat(TimexValue.parse(value)).isEmpty();
    assertThatThrownBy(() -> TimexValue.parseOrThrow(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a TIMEX value: \"" + value + "\": ");
  }

  @Test
  void saysWhatIsWrong() {
    assertThatThrownBy(() -> TimexValue.parseOrThrow("1941-13"))
        .hasMessage("not a TIMEX value: \"1941-13\": month 13 is not 01-12");
    assertThatThrownBy(() -> TimexValue.parseOrThrow("1941-02-29"))
        .hasMessage("not a TIMEX value: \"1941-02-29\": day 29 is not 01-28");
    assertThatThrownBy(() -> TimexValue.parseOrThrow("1941-W53"))
        .hasMessage("not a TIMEX value: \"1941-W53\": week 53 is not 01-52");
    assertThatThrownBy(() -> TimexValue.parseOrThrow("BC0000"))
        .hasMessage("not a TIMEX value: \"BC0000\": there is no year 0 BC; 1 BC is BC0001");
    assertThatThrownBy(() -> TimexValue.parseOrThrow("193-07"))
        .hasMessage(
            "not a TIMEX value: \"193-07\": only a four-digit year can have months, seasons or weeks");
    assertThatThrownBy(() -> TimexValue.parseOrThrow("P3M2Y"))
        .hasMessage(
            "not a TIMEX value: \"P3M2Y\": duration units must go from largest to smallest, each at most once");
  }

  @Property(tries = 2000)
  void canonicalValuesRoundTrip(@ForAll("canonicalValues") String value) {
    assertThat(TimexValue.parse(value)).map(TimexValue::toString).contains(value);
  }

  @Property(tries = 2000)
  void garbageNeverThrowsAndWhatParsesIsCanonical(@ForAll("garbage") String text) {
    Optional<TimexValue> parsed = TimexValue.parse(text);
    parsed.ifPresent(value -> assertThat(TimexValue.parse(value.toString())).contains(value));
  }

  @Provide
  Arbitrary<String> canonicalValues() {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(
            LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<String> dates = days.map(day -> day.toString());
    Arbitrary<String> months = days.map(day -> day.toString().substring(0, 7));
    Arbitrary<String> weeks = days.map(day -> String.format(
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    Arbitrary<String> times = Combinators.combine(
            dates, Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
        .as((date, hour, minute) -> String.format("%sT%02d:%02d", date, hour, minute));
    Arbitrary<String> bcYears =
        Arbitraries.integers().between(1, 9999).map(year -> String.format("BC%04d", year));
    Arbitrary<String> bcMonths = Combinators.combine(
            bcYears, Arbitraries.integers().between(1, 12))
        .as((year, month) -> String.format("%s-%02d", year, month));
    Arbitrary<String> periods = Combinators.combine(
            Arbitraries.integers().between(0, 9999),
            Arbitraries.of("SP", "SU", "FA", "WI", "Q1", "Q2", "Q3", "Q4", "H1", "H2"))
        .as((year, part) -> String.format("%04d-%s", year, part));
    Arbitrary<String> durations = Combinators.combine(
            Arbitraries.integers().between(0, 500),
            Arbitraries.of("Y", "M", "W", "D", "DE", "CE", "Q", "TH", "TM", "TS"))
        .as((amount, unit) ->
            unit.startsWith("T") ? "PT" + amount + unit.substring(1) : "P" + amount + unit);
    Arbitrary<String> listed = Arbitraries.of(
        "193",
        "193X",
        "19",
        "19XX",
        "BC048",
        "BC04",
        "XXXX",
        "XXXX-07",
        "XXXX-XX-16",
        "1941-XX",
        "1941-XX-XX",
        "XXXX-WI",
        "XXXX-WXX-1",
        "1941-W23-1",
        "1941-W23-WE",
        "1941-07-02TNI",
        "1941-07-02T04:30:15",
        "1941-07-02T04:30Z",
        "PXY",
        "P1.5Y",
        "P1Y6MT2H",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF");
    return Arbitraries.oneOf(
        dates, months, weeks, times, bcYears, bcMonths, periods, durations, listed);
  }

  @Provide
  Arbitrary<String> garbage() {
    return timexLikeText();
  }

  /** Any text, text in the TIMEX alphabet, and TIMEX pieces glued at random. */
  static Arbitrary<String> timexLikeText() {
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> alphabet =
        Arbitraries.strings().withChars("0123456789-XTWQHSPUFAIBCEDYMNOR_:.").ofMaxLength(20);
    List<String> pieces = List.of(
        "19",
        "41",
        "-",
        "07",
        "02",
        "XX",
        "T",
        "04",
        ":",
        "30",
        "W",
        "23",
        "53",
        "WE",
        "BC",
        "P",
        "3",
        "Y",
        "D",
        "DE",
        "CE",
        ".",
        "5",
        "SP",
        "WI",
        "Q1",
        "H2",
        "NI",
        "X",
        "PRESENT_REF",
        "00",
        "13");
    Arbitrary<String> pieced =
        Arbitraries.of(pieces).list().ofMaxSize(8).map(list -> String.join("", list));
    return Arbitraries.oneOf(anything, alphabet, pieced);
  }

  private static List<DurationPart> parts(String value) {
    TimexValue parsed = TimexValue.parseOrThrow(value);
    assertThat(parsed.kind()).isEqualTo(Kind.DURATION);
    assertThat(parsed).hasToString(value);
    return parsed.durationParts();
  }
}
