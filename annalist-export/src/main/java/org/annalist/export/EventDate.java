package org.annalist.export;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an event happened, as the timeline dated it: the TIMEX3 value of its best-dated telling
 * and the days it may have fallen on, {@code earliest} to {@code latest} inclusive. A vague date
 * ("at the end of 1941") is a stretch of days; a precise one is a single day.
 */
record EventDate(String value, LocalDate earliest, LocalDate latest) {

  /** How finely the stretch is known: a single day, whole months, or whole years. */
  enum Precision {
    DAY,
    MONTH,
    YEAR
  }

  EventDate {
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("an event's latest day " + latest
          + " is before its earliest " + earliest + " (value " + value + ")");
    }
  }

  static EventDate of(String value, String earliest, String latest) {
    return new EventDate(value, LocalDate.parse(earliest), LocalDate.parse(latest));
  }

  boolean isOneDay() {
    return earliest.equals(latest);
  }

  /**
   * Years when the stretch runs from a 1 January to a 31 December, else months when it runs from
   * a month's first day to a month's last, else days.
   */
  Precision precision() {
    boolean wholeMonths = earliest.getDayOfMonth() == 1
        && latest.equals(latest.with(TemporalAdjusters.lastDayOfMonth()));
    if (wholeMonths && earliest.getMonthValue() == 1 && latest.getMonthValue() == 12) {
      return Precision.YEAR;
    }
    return wholeMonths ? Precision.MONTH : Precision.DAY;
  }
}
