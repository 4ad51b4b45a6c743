package org.annalist.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Writes TIMEX values. Years before the common era are written the TIMEX2 way, {@code BC0480}
 * for 480 BC (ISO proleptic year -479), which TimeML corpora also use.
 */
final class TimexFormat {
  private TimexFormat() {}

  static String year(int prolepticYear) {
    return prolepticYear <= 0 ? "BC" + pad(1 - prolepticYear) : pad(prolepticYear);
  }

  static String month(int year, int month) {
    return year(year) + "-" + two(month);
  }

  static String date(int year, int month, int day) {
    return month(year, month) + "-" + two(day);
  }

  static String date(LocalDate date) {
    return date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  static String week(LocalDate date) {
    return pad(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
        + two(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The ISO proleptic year of a year written in an era: 480 BC is -479. */
  static int prolepticYear(int yearOfEra, boolean beforeCommonEra) {
    return beforeCommonEra ? 1 - yearOfEra : yearOfEra;
  }

  static String two(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  private static String pad(int year) {
    String digits = String.valueOf(year);
    return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }
}
