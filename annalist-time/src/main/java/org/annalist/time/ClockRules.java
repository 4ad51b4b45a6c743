package org.annalist.time;

import java.util.List;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Times of day: "10:57", "4 a.m.", "03:00hrs", "noon", "midnight", and days with a part of
 * day: "the night of 20 June 1791", "on the morning of June 22", "the early hours of Sunday". A time takes its day from the
 * reference when the reference is a day.
 */
final class ClockRules {
  private ClockRules() {}

  static @Nullable Candidate find(List<TimeToken> tokens, int i) {
    Cursor cursor = new Cursor(tokens, i);
    Candidate clock = clock(cursor, i);
    return clock != null ? clock : partOfDayOf(cursor, i);
  }

  private static @Nullable Candidate clock(Cursor cursor, int start) {
    cursor.reset(start);
    if (cursor.word("noon", "midday")) {
      return timeAt(start, cursor.position(), "12:00");
    }
    if (cursor.word("midnight")) {
      return timeAt(start, cursor.position(), "24:00");
    }
    if (!cursor.atEnd() && cursor.peek().isNumber() && cursor.peek().text().length() == 4) {
      return militaryClock(cursor, start);
    }
    if (cursor.atEnd() || !cursor.peek().isNumber() || cursor.peek().text().length() > 2) {
      return null;
    }
    int hour = cursor.peek().number();
    cursor.reset(start + 1);
    int minute = 0;
    boolean colon = false;
    if (cursor.punct(":")
        && !cursor.atEnd()
        && cursor.peek().isNumber()
        && cursor.peek().text().length() == 2) {
      minute = cursor.peek().number();
      cursor.reset(cursor.position() + 1);
      colon = true;
    } else {
      cursor.reset(start + 1);
      minute = dottedMinutes(cursor);
    }
    int meridiem = meridiem(cursor);
    boolean hours = cursor.glued("h", "hrs", "hours")
        || cursor.word("o") && cursor.punct("'") && cursor.glued("clock");
    if (!colon && meridiem == 0 && !hours) {
      return null;
    }
    if (meridiem > 0 && hour < 12) {
      hour += 12;
    } else if (meridiem < 0 && hour == 12) {
      hour = 0;
    }
    if (hour > 24 || minute > 59 || hour == 24 && minute > 0) {
      return null;
    }
    String zone = zone(cursor);
    return timeAt(
        start, cursor.position(), TimexFormat.two(hour) + ":" + TimexFormat.two(minute) + zone);
  }

  /**
   * "0737 GMT", "1400 UTC", "0600 hours": four digits are a time of day only with a zone after
   * them, or with "hours" after a leading zero ("1500 hours" is more often an amount).
   */
  private static @Nullable Candidate militaryClock(Cursor cursor, int start) {
    String digits = cursor.peek().text();
    int hour = Integer.parseInt(digits.substring(0, 2));
    int minute = Integer.parseInt(digits.substring(2));
    cursor.reset(start + 1);
    int afterDigits = cursor.position();
    String zone = zone(cursor);
    boolean zoned = cursor.position() > afterDigits;
    if (!zoned && !(digits.startsWith("0") && cursor.word("hours", "hrs"))) {
      return null;
    }
    if (hour > 23 || minute > 59) {
      return null;
    }
    return timeAt(
        start, cursor.position(), TimexFormat.two(hour) + ":" + TimexFormat.two(minute) + zone);
  }

  /**
   * Takes a time zone after the clock into the expression ("04:30 UTC", "9 a.m. EST"); UTC is
   * written into the value as TIMEX3 and ISO 8601 write it ({@code Z}), other zones are not: a
   * TIMEX value has no other zone designator that annotated corpora use.
   */
  private static String zone(Cursor cursor) {
    if (cursor.word("utc", "gmt", "z")) {
      return "Z";
    }
    cursor.word(
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "jst", "ist");
    return "";
  }

  /**
   * ".30" in "6.30am", as British English writes minutes: read only when "am" or "pm" follows, so
   * that "6.30" alone stays a number. Returns the minutes with the cursor before the "am", or 0
   * with the cursor where it was.
   */
  private static int dottedMinutes(Cursor cursor) {
    int start = cursor.position();
    if (cursor.punct(".")
        && !cursor.atEnd()
        && cursor.peek().isNumber()
        && cursor.peek().text().length() == 2) {
      int minute = cursor.peek().number();
      cursor.reset(cursor.position() + 1);
      int beforeMeridiem = cursor.position();
      if (meridiem(cursor) != 0) {
        cursor.reset(beforeMeridiem);
        return minute;
      }
    }
    cursor.reset(start);
    return 0;
  }

  /** a.m. is -1, p.m. is 1, none 0. */
  private static int meridiem(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("am", "pm")) {
      return cursor.token(start).is("am") ? -1 : 1;
    }
    if (cursor.word("a", "p") && cursor.punct(".") && cursor.word("m")) {
      cursor.punct(".");
      return cursor.token(start).is("a") ? -1 : 1;
    }
    cursor.reset(start);
    return 0;
  }

  private static Candidate timeAt(int start, int end, String clock) {
    return Candidate.of(start, end, anchor -> {
      Point reference = anchor.clockDay();
      String day = reference != null && reference.hasDay()
          ? TimexFormat.date(reference.expectDate())
          : "XXXX-XX-XX";
      return new Candidate.Resolution(TimexType.TIME, day + "T" + clock, null, null);
    });
  }

  /** "the night of 20 June 1791", "the morning of June 22", "the early hours of Sunday", "the morning of the next day". */
  private static @Nullable Candidate partOfDayOf(Cursor cursor, int start) {
    cursor.reset(start);
    if (!cursor.word("the") || cursor.atEnd()) {
      return null;
    }
    String part = earlyHours(cursor);
    if (part == null) {
      part = TimeLexicon.partOfDay(cursor.peek().lower());
      if (part == null) {
        return null;
      }
      cursor.reset(cursor.position() + 1);
    }
    if (!cursor.word("of")) {
      return null;
    }
    int dayStart = cursor.position();
    CalendarRules.Phrase date = CalendarRules.phrase(cursor);
    Candidate day = date != null
        ? new Candidate(dayStart, date.end(), date.resolver(), date.year())
        : RelativeRules.find(cursor.tokens(), dayStart);
    if (day == null) {
      return null;
    }
    Candidate.Resolver resolver = day.resolver();
    String p = part;
    return new Candidate(
        start,
        day.end(),
        anchor -> {
          Candidate.Resolution resolved = resolver.resolve(anchor);
          if (resolved == null || !resolved.value().matches(".*-\\d\\d-\\d\\d")) {
            return resolved;
          }
          return new Candidate.Resolution(
              TimexType.TIME, resolved.value() + "T" + p, null, resolved.reached());
        },
        day.explicitYear());
  }

  /** "early hours", "early morning hours" after "the": the morning; the cursor after them, or where it was. */
  private static @Nullable String earlyHours(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("early")
        && (cursor.word("hours") || cursor.word("morning") && cursor.word("hours"))) {
      return TimeLexicon.partOfDay("morning");
    }
    cursor.reset(start);
    return null;
  }
}
