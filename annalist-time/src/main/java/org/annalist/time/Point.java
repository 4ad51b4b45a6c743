package org.annalist.time;

import java.time.LocalDate;
import java.time.YearMonth;
import org.annalist.model.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A calendar point known to some granularity: a year (ISO proleptic, so 1 BC is 0), perhaps a
 * month, perhaps a day. Used as the reference time that relative expressions resolve against.
 *
 * @param year the ISO proleptic year
 * @param month 1-12, or 0 when only the year is known
 * @param day 1-31, or 0 when only the year and month are known
 */
record Point(int year, int month, int day) {

  static Point of(LocalDate date) {
    return new Point(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static Point year(int year) {
    return new Point(year, 0, 0);
  }

  static Point month(int year, int month) {
    return new Point(year, month, 0);
  }

  boolean hasMonth() {
    return month > 0;
  }

  boolean hasDay() {
    return day > 0;
  }

  /** The date, when the day is known. */
  @Nullable
  LocalDate date() {
    return hasDay() ? LocalDate.of(year, month, day) : null;
  }

  /** The date of a point whose day is known ({@link #hasDay()}); a coarser point is refused. */
  LocalDate expectDate() {
    Checks.requireState(hasDay(), "point %s has no day, so no date", this);
    return LocalDate.of(year, month, day);
  }

  /** Moves by whole units at the unit's granularity; null if this point is too coarse. */
  @Nullable
  Point plus(TimeLexicon.Unit unit, int amount) {
    return switch (unit) {
      case DAY -> hasDay() ? of(expectDate().plusDays(amount)) : null;
      case WEEK -> hasDay() ? of(expectDate().plusWeeks(amount)) : null;
      case MONTH -> hasMonth() ? monthPoint(YearMonth.of(year, month).plusMonths(amount)) : null;
      case QUARTER ->
        hasMonth() ? monthPoint(YearMonth.of(year, month).plusMonths(3L * amount)) : null;
      case YEAR -> year(year + amount);
      case DECADE -> year(year + 10 * amount);
      case CENTURY -> year(year + 100 * amount);
      default -> null;
    };
  }

  /** The same point one year earlier, at the same granularity (29 February to the 28th). */
  Point yearEarlier() {
    return hasDay() ? of(expectDate().minusYears(1)) : new Point(year - 1, month, 0);
  }

  /** The TIMEX value of this point at its own granularity. */
  String value() {
    if (hasDay()) {
      return TimexFormat.date(year, month, day);
    }
    return hasMonth() ? TimexFormat.month(year, month) : TimexFormat.year(year);
  }

  /** This point cut to the unit's granularity, as a TIMEX value; null if too coarse. */
  @Nullable
  String value(TimeLexicon.Unit unit) {
    return switch (unit) {
      case DAY -> hasDay() ? TimexFormat.date(year, month, day) : null;
      case WEEK -> hasDay() ? TimexFormat.week(expectDate()) : null;
      case MONTH -> hasMonth() ? TimexFormat.month(year, month) : null;
      case QUARTER -> hasMonth() ? TimexFormat.year(year) + "-Q" + ((month - 1) / 3 + 1) : null;
      case YEAR -> TimexFormat.year(year);
      case DECADE -> TimexFormat.year(year).substring(0, TimexFormat.year(year).length() - 1);
      case CENTURY -> TimexFormat.year(year).substring(0, TimexFormat.year(year).length() - 2);
      default -> null;
    };
  }

  private static Point monthPoint(YearMonth month) {
    return month(month.getYear(), month.getMonthValue());
  }
}
