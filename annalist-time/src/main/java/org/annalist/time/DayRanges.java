package org.annalist.time;

import org.annalist.time.CalendarRules.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The bare day at either end of a day range, which takes its month (and year) from the other
 * end: "21" in "21-22 June 1941", "22" in "June 21-22".
 */
final class DayRanges {
  private DayRanges() {}

  /** "21" in "21-22 June [1941]", "21 or 22 June", "21 to 22 June". */
  static @Nullable Phrase dayBeforeRange(Cursor cursor, int start) {
    cursor.reset(start);
    int day = cursor.day();
    if (day == 0) {
      return null;
    }
    int end = cursor.position();
    if (!link(cursor) || cursor.day() == 0) {
      return null;
    }
    int month = cursor.month();
    if (month == 0) {
      return null;
    }
    cursor.punct(",");
    Integer year = CalendarRules.yearWithEra(cursor);
    return year != null
        ? CalendarRules.dated(end, year, month, day)
        : CalendarRules.yearless(end, month, day, null);
  }

  /** "22" in "June 21-22", "June 21 and 22, 1941". */
  static @Nullable Phrase dayAfterRange(Cursor cursor, int start) {
    if (start < 3) {
      return null;
    }
    cursor.reset(start);
    int day = cursor.day();
    if (day == 0) {
      return null;
    }
    int end = cursor.position();
    int month = monthBefore(cursor, start);
    if (month == 0) {
      return null;
    }
    cursor.reset(end);
    cursor.punct(",");
    Integer year = CalendarRules.yearWithEra(cursor);
    if (year != null) {
      return CalendarRules.dated(cursor.position(), year, month, day);
    }
    return CalendarRules.yearless(end, month, day, null);
  }

  /** The month of "June 21 -" ending just before the given token, or 0. */
  private static int monthBefore(Cursor cursor, int start) {
    TimeToken link = cursor.token(start - 1);
    boolean linked = link.text().equals("-")
        || link.text().equals("–")
        || link.is("and")
        || link.is("to")
        || link.is("or");
    int dayIndex = start - 2;
    if (dayIndex >= 1
        && cursor.token(dayIndex).isWord()
        && !cursor.token(dayIndex).isCapitalized()) {
      dayIndex--;
    }
    if (!linked || dayIndex < 1 || !cursor.token(dayIndex).isNumber()) {
      return 0;
    }
    cursor.reset(dayIndex - 1);
    int month = cursor.month();
    return cursor.position() == dayIndex ? month : 0;
  }

  private static boolean link(Cursor cursor) {
    return cursor.dash() || cursor.word("and", "to", "or");
  }
}
