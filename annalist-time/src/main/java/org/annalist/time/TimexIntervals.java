package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.annalist.model.layers.TimexMod;
import org.annalist.time.TimexValue.Field;
import org.annalist.time.TimexValue.Granularity;
import org.annalist.time.TimexValue.Unit;
import org.annalist.time.TimexValue.Year;
import org.jspecify.annotations.Nullable;

/**
 * The days a TIMEX value may denote, both ends included: {@code 1941} is 1941-01-01..1941-12-31,
 * {@code 1942-SP} is 1942-03-01..1942-05-31, {@code BC0480} is -0479-01-01..-0479-12-31.
 *
 * <p>Every convention (seasons, what "early", "mid" and "late" cover, how far "about" reaches, BC
 * decades and centuries) is a constant or a one-line rule in this class and is explained in
 * {@code docs/TIME-INTERVALS.md}. In short:
 *
 * <ul>
 *   <li>{@code START}, {@code MID}, {@code END} pick the first, middle or last third of the value,
 *       each third rounded outward to whole units (years of a decade or century, months of a year,
 *       half, season or quarter, days of a week); a month is split into days 1-10, 11-20, 21-end; a
 *       day or anything finer stays the same.
 *   <li>{@code APPROX} widens both ends by a margin that grows with the granularity.
 *   <li>{@code BEFORE}, {@code AFTER} and their {@code ON_OR_} forms are open-ended and
 *       {@code LESS_THAN} and the like qualify durations: none of them has a day interval.
 *   <li>An unknown year, a duration or a reference has no day interval. Unknown parts below a known
 *       year give the interval of the known part: {@code 1941-XX-16} is all of 1941.
 * </ul>
 *
 * <p>Years are ISO proleptic: 1 BC is year 0.
 */
public final class TimexIntervals {

  // ---- Conventions: keep in step with docs/TIME-INTERVALS.md ------------------------------------

  /** First month of spring, summer, fall and winter: meteorological seasons, northern hemisphere. */
  private static final int[] SEASON_FIRST_MONTH = {3, 6, 9, 12};
  /** The first month of a season given by its TIMEX code ({@code SP}, {@code SU}, {@code FA}, {@code WI}). */
  static int seasonFirstMonth(String code) {
    return SEASON_FIRST_MONTH[List.of("SP", "SU", "FA", "WI").indexOf(code)];
  }

  /** Months in a season, a quarter and a half year. */
  private static final int SEASON_MONTHS = 3;

  private static final int QUARTER_MONTHS = 3;
  private static final int HALF_MONTHS = 6;
  /** "Early" and "mid" month end on these days; "late" runs from the next day to the month's end. */
  private static final int EARLY_MONTH_LAST_DAY = 10;

  private static final int MID_MONTH_LAST_DAY = 20;

  /** How far {@code APPROX} widens each end of a value of the given granularity. */
  private static Period approxMargin(Granularity granularity) {
    return switch (granularity) {
      case CENTURY -> Period.ofYears(10);
      case DECADE -> Period.ofYears(2);
      case YEAR -> Period.ofYears(1);
      case HALF, QUARTER, SEASON, MONTH -> Period.ofMonths(1);
      case WEEK, DAY -> Period.ofDays(3);
      case PART_OF_DAY, HOUR, MINUTE, SECOND -> Period.ofDays(1);
    };
  }

  /** The unit whose thirds {@code START}, {@code MID} and {@code END} select; null: no narrowing. */
  private static @Nullable ChronoUnit thirdsUnit(Granularity granularity) {
    return switch (granularity) {
      case CENTURY, DECADE -> ChronoUnit.YEARS;
      case YEAR, HALF, QUARTER, SEASON -> ChronoUnit.MONTHS;
      case WEEK -> ChronoUnit.DAYS;
      case MONTH, DAY, PART_OF_DAY, HOUR, MINUTE, SECOND -> null;
    };
  }

  // -----------------------------------------------------------------------------------------------

  private TimexIntervals() {}

  /**
   * The days {@code value} may denote under {@code mod}, or empty when the value does not parse or
   * fixes no bounded set of days (unknown year, duration, reference, open-ended modifier).
   */
  public static Optional<DayInterval> of(String value, @Nullable TimexMod mod) {
    return TimexValue.parse(value).flatMap(parsed -> of(parsed, mod));
  }

  /** The days {@code value} may denote under {@code mod}; see {@link #of(String, TimexMod)}. */
  public static Optional<DayInterval> of(TimexValue value, @Nullable TimexMod mod) {
    Optional<DayInterval> whole = knownSpan(value);
    if (whole.isEmpty() || mod == null) {
      return whole;
    }
    Granularity granularity = value.granularity().orElseThrow();
    return switch (mod) {
      case START, MID, END ->
        value.hasUnknownParts() ? whole : Optional.of(part(whole.get(), granularity, mod));
      case APPROX -> Optional.of(widen(whole.get(), approxMargin(granularity)));
      case BEFORE,
          AFTER,
          ON_OR_BEFORE,
          ON_OR_AFTER,
          LESS_THAN,
          MORE_THAN,
          EQUAL_OR_LESS,
          EQUAL_OR_MORE -> Optional.empty();
    };
  }

  /** The days of the value's known part; empty unless it is a calendar value with a known year. */
  private static Optional<DayInterval> knownSpan(TimexValue value) {
    Year year = value.year();
    if (year == null || !year.isKnown()) {
      return Optional.empty();
    }
    DayInterval span = yearSpan(year);
    for (Field field : value.fields()) {
      if (field.value() == TimexValue.UNKNOWN) {
        return Optional.of(field.unit() == Unit.WEEK ? weekBasedYear(year.isoYear()) : span);
      }
      span = refine(span, field, year.isoYear());
    }
    return Optional.of(span);
  }

  /**
   * The years of a year, decade or century. CE decades and centuries are their leading digits
   * ({@code 193} = 1930-1939, {@code 19} = 1900-1999). TIMEX2 writes "the 5th century BC" as
   * {@code BC04}, so a BC century is the ordinal one (500-401 BC); a BC decade is its digits
   * ({@code BC048} = 489-480 BC), without the year 0 BC that does not exist.
   */
  private static DayInterval yearSpan(Year year) {
    int first;
    int last;
    if (!year.beforeCommonEra()) {
      int size = year.digits() == 4 ? 1 : year.digits() == 3 ? 10 : 100;
      first = year.known() * size;
      last = first + size - 1;
    } else if (year.digits() == 4) {
      first = year.isoYear();
      last = first;
    } else if (year.digits() == 3) {
      first = 1 - (year.known() * 10 + 9);
      last = 1 - Math.max(year.known() * 10, 1);
    } else {
      first = 1 - (year.known() + 1) * 100;
      last = -year.known() * 100;
    }
    return DayInterval.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /** Narrows {@code span} (the days of the parts before {@code field}) to {@code field}. */
  private static DayInterval refine(DayInterval span, Field field, int isoYear) {
    int value = field.value();
    return switch (field.unit()) {
      case MONTH -> months(YearMonth.of(isoYear, value), 1);
      case DAY -> DayInterval.day(span.earliest().withDayOfMonth(value));
      case SEASON -> months(YearMonth.of(isoYear, SEASON_FIRST_MONTH[value]), SEASON_MONTHS);
      case QUARTER ->
        months(YearMonth.of(isoYear, (value - 1) * QUARTER_MONTHS + 1), QUARTER_MONTHS);
      case HALF -> months(YearMonth.of(isoYear, (value - 1) * HALF_MONTHS + 1), HALF_MONTHS);
      case WEEK -> isoWeek(isoYear, value);
      case WEEKDAY -> DayInterval.day(span.earliest().plusDays(value - 1L));
      case WEEKEND -> DayInterval.of(span.earliest().with(DayOfWeek.SATURDAY), span.latest());
      case PART_OF_DAY ->
        value == TimexValue.NIGHT
            ? DayInterval.of(span.earliest(), span.latest().plusDays(1))
            : span;
      case HOUR, MINUTE, SECOND -> span;
    };
  }

  private static DayInterval months(YearMonth first, int count) {
    return DayInterval.of(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  /** Monday to Sunday of ISO week {@code week} of the week-based year {@code isoYear}. */
  private static DayInterval isoWeek(int isoYear, int week) {
    LocalDate monday = LocalDate.of(isoYear, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
    return DayInterval.of(monday, monday.plusDays(6));
  }

  /** Monday of week 1 to Sunday of the last week: {@code 1941-WXX}. Jan 4 and Dec 28 always belong. */
  private static DayInterval weekBasedYear(int isoYear) {
    return DayInterval.of(
        LocalDate.of(isoYear, 1, 4).with(DayOfWeek.MONDAY),
        LocalDate.of(isoYear, 12, 28).with(DayOfWeek.SUNDAY));
  }

  /** The first, middle or last third of {@code whole}; see the class comment. */
  private static DayInterval part(DayInterval whole, Granularity granularity, TimexMod mod) {
    int third = mod == TimexMod.START ? 0 : mod == TimexMod.MID ? 1 : 2;
    if (granularity == Granularity.MONTH) {
      return monthPart(whole, third);
    }
    ChronoUnit unit = thirdsUnit(granularity);
    return unit == null ? whole : third(whole, unit, third);
  }

  /**
   * Third {@code k} (0, 1, 2) of the {@code n} whole units of {@code whole}: units floor(k*n/3) to
   * ceil((k+1)*n/3)-1. Where n does not divide by three, neighbouring thirds share a unit: a decade
   * splits into years 0-3, 3-6, 6-9.
   */
  private static DayInterval third(DayInterval whole, ChronoUnit unit, int k) {
    LocalDate start = whole.earliest();
    long units = unit.between(start, whole.latest().plusDays(1));
    long from = k * units / 3;
    long to = ((k + 1) * units + 2) / 3;
    return DayInterval.of(start.plus(from, unit), start.plus(to, unit).minusDays(1));
  }

  private static DayInterval monthPart(DayInterval month, int third) {
    LocalDate first = month.earliest();
    return switch (third) {
      case 0 -> DayInterval.of(first, first.withDayOfMonth(EARLY_MONTH_LAST_DAY));
      case 1 ->
        DayInterval.of(
            first.withDayOfMonth(EARLY_MONTH_LAST_DAY + 1),
            first.withDayOfMonth(MID_MONTH_LAST_DAY));
      default -> DayInterval.of(first.withDayOfMonth(MID_MONTH_LAST_DAY + 1), month.latest());
    };
  }

  /** {@code whole} with {@code margin} added before and after; "July ± 1 month" is June 1..Aug 31. */
  private static DayInterval widen(DayInterval whole, Period margin) {
    return DayInterval.of(
        whole.earliest().minus(margin), whole.latest().plusDays(1).plus(margin).minusDays(1));
  }
}
