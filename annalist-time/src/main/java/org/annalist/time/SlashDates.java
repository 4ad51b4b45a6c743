package org.annalist.time;

import org.annalist.time.CalendarRules.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Dates written with slashes, in the American order English news uses: "7/8/07" is 8 July 2007,
 * "12/31/2008" is 31 December 2008. A first number above 12 can only be a day ("31/12/2008"). A
 * two-digit year is this century's up to 49 and the last century's from 50.
 */
final class SlashDates {
  private SlashDates() {}

  static @Nullable Phrase slashDate(Cursor cursor, int start) {
    cursor.reset(start);
    int first = smallNumber(cursor);
    int second = first > 0 && slash(cursor) ? smallNumber(cursor) : 0;
    if (second == 0 || !slash(cursor) || cursor.atEnd() || !cursor.peek().isNumber()) {
      return null;
    }
    String digits = cursor.peek().text();
    if (digits.length() != 2 && digits.length() != 4) {
      return null;
    }
    int year = digits.length() == 4
        ? cursor.peek().number()
        : cursor.peek().number() + (cursor.peek().number() < 50 ? 2000 : 1900);
    cursor.reset(cursor.position() + 1);
    if (!cursor.atEnd()
        && !cursor.peek().spaceBefore()
        && (cursor.peek().isNumber() || cursor.peek().text().equals("/"))) {
      return null;
    }
    int month = first > 12 ? second : first;
    int day = first > 12 ? first : second;
    if (year < 1000 || !CalendarRules.validDay(year, month, day)) {
      return null;
    }
    return CalendarRules.dated(cursor.position(), year, month, day);
  }

  private static int smallNumber(Cursor cursor) {
    if (cursor.atEnd() || !cursor.peek().isNumber() || cursor.peek().text().length() > 2) {
      return 0;
    }
    int number = cursor.peek().number();
    cursor.reset(cursor.position() + 1);
    return number;
  }

  /** A slash glued to the number before it and the one after it. */
  private static boolean slash(Cursor cursor) {
    return !cursor.atEnd()
        && !cursor.peek().spaceBefore()
        && cursor.punct("/")
        && !cursor.atEnd()
        && !cursor.peek().spaceBefore();
  }
}
