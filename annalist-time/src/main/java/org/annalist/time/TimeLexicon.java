package org.annalist.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.annalist.model.english.CalendarNames;
import org.jspecify.annotations.Nullable;

/**
 * The English words the time rules know: months and weekdays (from {@link CalendarNames}), seasons,
 * units, parts of day.
 */
final class TimeLexicon {
  private TimeLexicon() {}

  private static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "daytime", "DT");

  /** Month number 1-12 of a full month name, or 0. */
  static int monthOfName(String lower) {
    return CalendarNames.monthOfName(lower).map(Month::getValue).orElse(0);
  }

  /** Month number of an abbreviation such as "Sept" (to be followed by a dot), or 0. */
  static int monthOfAbbreviation(String lower) {
    return CalendarNames.monthOfAbbreviation(lower).map(Month::getValue).orElse(0);
  }

  /** ISO day of week 1 (Monday) to 7 of a weekday's name, also in the plural ("Mondays"), or 0. */
  static int weekday(String lower) {
    String word = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    return CalendarNames.dayOfWeek(word)
        .or(() -> CalendarNames.dayOfWeek(lower))
        .map(DayOfWeek::getValue)
        .orElse(0);
  }

  /** TIMEX season code (SP, SU, FA, WI) or null. */
  static @Nullable String season(String lower) {
    return SEASONS.get(lower);
  }

  /** TIMEX part-of-day code (MO, AF, EV, NI, DT) or null. */
  static @Nullable String partOfDay(String lower) {
    return PARTS_OF_DAY.get(lower);
  }

  /** The calendar unit a word names, singular or plural, or null. */
  static @Nullable Unit unit(String lower) {
    return UNITS.get(lower);
  }

  private static final Map<String, Unit> UNITS = units();

  private static Map<String, Unit> units() {
    Map<String, Unit> units = new HashMap<>();
    for (Unit unit : Unit.values()) {
      units.put(unit.singular, unit);
      units.put(unit.plural, unit);
    }
    units.put("yr", Unit.YEAR);
    units.put("yrs", Unit.YEAR);
    units.put("hrs", Unit.HOUR);
    units.put("mins", Unit.MINUTE);
    return Map.copyOf(units);
  }

  /** Words that put a bare number or month in a time role: "in May", "by 1941". */
  static final Set<String> TIME_PREPOSITIONS = Set.of(
      "in",
      "on",
      "by",
      "since",
      "until",
      "till",
      "til",
      "from",
      "to",
      "through",
      "during",
      "before",
      "after",
      "of",
      "between",
      "and",
      "around",
      "circa",
      "early",
      "late",
      "mid",
      "throughout",
      "into",
      "that",
      "this",
      "last",
      "next",
      "following",
      "ca",
      "c",
      "about",
      "at",
      "or",
      "than",
      "spring",
      "summer",
      "autumn",
      "fall",
      "winter");

  /** Calendar units, with their TIMEX duration letters and whether they are time-of-day units. */
  enum Unit {
    SECOND("second", "seconds", "S", true),
    MINUTE("minute", "minutes", "M", true),
    HOUR("hour", "hours", "H", true),
    DAY("day", "days", "D", false),
    WEEK("week", "weeks", "W", false),
    WEEKEND("weekend", "weekends", "WE", false),
    MONTH("month", "months", "M", false),
    QUARTER("quarter", "quarters", "Q", false),
    YEAR("year", "years", "Y", false),
    DECADE("decade", "decades", "DE", false),
    CENTURY("century", "centuries", "CE", false),
    MILLENNIUM("millennium", "millennia", "ML", false);

    final String singular;
    final String plural;
    final String letter;
    final boolean timeOfDay;

    Unit(String singular, String plural, String letter, boolean timeOfDay) {
      this.singular = singular;
      this.plural = plural;
      this.letter = letter;
      this.timeOfDay = timeOfDay;
    }

    /**
     * TIMEX duration of n units: P3Y, PT4H, P1.5Y, PXD for unknown n. Decades are written in
     * years, as ISO 8601 has it: P10Y, and PXY for some decades.
     */
    String duration(String amount) {
      if (this == DECADE) {
        return "P"
            + (amount.equals("X")
                ? amount
                : new BigDecimal(amount)
                    .scaleByPowerOfTen(1)
                    .stripTrailingZeros()
                    .toPlainString())
            + YEAR.letter;
      }
      return (timeOfDay ? "PT" : "P") + amount + letter;
    }
  }
}
