package org.annalist.time;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Dates named by the calendar, fully or in part: "22 June 1941", "June 22", "July 1941", "May",
 * "1941", "480 BC", "the 1930s", "the 19th century", "the spring of 1942", "Christmas 1963",
 * "the first half of 1942", each optionally modified ("early", "mid-", "the end of").
 * Year-less forms take the reference year when resolved.
 */
final class CalendarRules {
  /** A four-digit number above this is not read as a year unless an era or a month says so. */
  static final int MAX_BARE_YEAR = 2100;

  private CalendarRules() {}

  /** A calendar phrase: where it ends, its resolver, and the year it states, if any. */
  record Phrase(
      int end, Candidate.Resolver resolver, @Nullable Integer year) {}

  static @Nullable Candidate find(List<TimeToken> tokens, int i) {
    Cursor cursor = new Cursor(tokens, i);
    Candidate dayAndDate = weekdayAndDate(cursor, i);
    if (dayAndDate != null) {
      return dayAndDate;
    }
    cursor.reset(i);
    Phrase phrase = Modifiers.modified(cursor);
    if (phrase == null) {
      cursor.reset(i);
      phrase = phrase(cursor);
    }
    return phrase == null ? null : new Candidate(i, phrase.end(), phrase.resolver(), phrase.year());
  }

  /** "Saturday, June 24, 1950", "Monday 5 May": a weekday before a date is part of it. */
  private static @Nullable Candidate weekdayAndDate(Cursor cursor, int start) {
    if (cursor.atEnd()
        || !cursor.peek().isCapitalized()
        || TimeLexicon.weekday(cursor.peek().lower()) == 0) {
      return null;
    }
    cursor.reset(start + 1);
    cursor.punct(",");
    int dateStart = cursor.position();
    Phrase date = phrase(cursor);
    if (date == null) {
      return null;
    }
    boolean month = false;
    boolean day = false;
    for (int t = dateStart; t < date.end(); t++) {
      cursor.reset(t);
      month |= cursor.month() > 0;
      cursor.reset(t);
      day |= cursor.day() > 0;
    }
    return month && day ? new Candidate(start, date.end(), date.resolver(), date.year()) : null;
  }

  /** The longest calendar phrase at the cursor, unmodified, or null (cursor restored). */
  static @Nullable Phrase phrase(Cursor cursor) {
    int start = cursor.position();
    Phrase best = null;
    for (Phrase candidate : new Phrase[] {
      monthFirst(cursor, start), dayFirst(cursor, start), yearAlone(cursor, start),
      DayRanges.dayBeforeRange(cursor, start), DayRanges.dayAfterRange(cursor, start),
          ordinalDay(cursor, start),
      Periods.decade(cursor, start), Periods.century(cursor, start), Periods.season(cursor, start),
      Periods.partOfYear(cursor, start), Periods.holiday(cursor, start), isoDate(cursor, start),
      SlashDates.slashDate(cursor, start)
    }) {
      if (candidate != null && (best == null || candidate.end() > best.end())) {
        best = candidate;
      }
    }
    cursor.reset(best == null ? start : best.end());
    return best;
  }

  /** "June 22, 1941", "June 22", "June 1941", "June of 1941", "June", "Sept. 1 1939". */
  private static @Nullable Phrase monthFirst(Cursor cursor, int start) {
    cursor.reset(start);
    int month = cursor.month();
    if (month == 0) {
      return null;
    }
    int afterMonth = cursor.position();
    int day = cursor.day();
    if (day > 0 && !cursor.atEnd() && cursor.peek().text().equals(":")) {
      day = 0;
    }
    if (day > 0) {
      int afterDay = cursor.position();
      if (cursor.word("of")) {
        Integer shift = relativeYear(cursor);
        if (shift != null) {
          return yearless(cursor.position(), month, day, shift);
        }
      }
      cursor.reset(afterDay);
      cursor.punct(",");
      Integer year = yearWithEra(cursor);
      if (year != null) {
        return dated(cursor.position(), year, month, day);
      }
      return yearless(afterDay, month, day, null);
    }
    cursor.reset(afterMonth);
    boolean of = cursor.word("of");
    if (!of) {
      cursor.punct(",");
    }
    Integer shift = of ? relativeYear(cursor) : null;
    if (shift != null) {
      int s = shift;
      return new Phrase(
          cursor.position(),
          anchor -> {
            Integer year = shiftedYear(anchor, s);
            return year == null
                ? Candidate.Resolution.date("XXXX-" + TimexFormat.two(month), null)
                : monthResolution(year, month);
          },
          null);
    }
    Integer year = yearWithEra(cursor);
    if (year != null) {
      int y = year;
      return new Phrase(cursor.position(), anchor -> monthResolution(y, month), year);
    }
    return isMonthInTimeRole(cursor, start, afterMonth) ? yearlessMonth(afterMonth, month) : null;
  }

  /** "22 June 1941", "22nd of June, 1941", "the 20 September", "10 August". */
  private static @Nullable Phrase dayFirst(Cursor cursor, int start) {
    cursor.reset(start);
    cursor.word("the");
    int day = cursor.day();
    if (day == 0) {
      return null;
    }
    cursor.word("of");
    int month = cursor.month();
    if (month == 0) {
      return null;
    }
    int afterMonth = cursor.position();
    cursor.punct(",");
    Integer year = yearWithEra(cursor);
    return year != null
        ? dated(cursor.position(), year, month, day)
        : yearless(afterMonth, month, day, null);
  }

  /** "1941", "480 BC", "AD 476", "the year 1941", "'99". */
  private static @Nullable Phrase yearAlone(Cursor cursor, int start) {
    cursor.reset(start);
    boolean theYear = cursor.word("the") && cursor.word("year", "years");
    if (!theYear) {
      cursor.reset(start);
    }
    if (cursor.word("ad", "ce")
        && !cursor.atEnd()
        && cursor.peek().isNumber()
        && cursor.peek().text().length() <= 4) {
      int year = cursor.peek().number();
      cursor.reset(cursor.position() + 1);
      return yearPhrase(cursor.position(), year);
    }
    cursor.reset(theYear ? cursor.position() : start);
    Integer year = yearWithEra(cursor);
    if (year != null) {
      boolean eraGiven = cursor.position() - start > 1;
      return looksLikeCount(cursor) || (!eraGiven && year > MAX_BARE_YEAR)
          ? null
          : yearPhrase(cursor.position(), year);
    }
    Phrase ranged = eraFromRangeEnd(cursor, start);
    if (ranged == null) {
      ranged = shortRangeEnd(cursor, start);
    }
    return ranged != null ? ranged : Periods.twoDigitYear(cursor, start);
  }

  /**
   * The first year of a range whose second states the era: "499" in "499-493 BC", "in 480 or 479 BC".
   */
  private static @Nullable Phrase eraFromRangeEnd(Cursor cursor, int start) {
    cursor.reset(start);
    if (cursor.atEnd() || !cursor.peek().isNumber() || cursor.peek().text().length() > 4) {
      return null;
    }
    int number = cursor.peek().number();
    cursor.reset(start + 1);
    int end = cursor.position();
    if (!(cursor.dash() || cursor.word("to", "or", "and"))
        || cursor.atEnd()
        || !cursor.peek().isNumber()) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    int era = cursor.era();
    if (era == 0 || number == 0) {
      return null;
    }
    return yearPhrase(end, TimexFormat.prolepticYear(number, era < 0));
  }

  /** "17" in "1915-17": a two-digit year ending a range, in the century of its start. */
  private static @Nullable Phrase shortRangeEnd(Cursor cursor, int start) {
    if (start < 2) {
      return null;
    }
    TimeToken link = cursor.token(start - 1);
    TimeToken first = cursor.token(start - 2);
    cursor.reset(start);
    if (cursor.atEnd()
        || !cursor.peek().isNumber()
        || cursor.peek().text().length() != 2
        || cursor.peek().spaceBefore()
        || link.spaceBefore()
        || !(link.text().equals("-") || link.text().equals("–") || link.text().equals("/"))
        || !first.isNumber()
        || first.text().length() != 4) {
      return null;
    }
    int from = first.number();
    int year = from / 100 * 100 + cursor.peek().number();
    if (year <= from || year - from > 99 || from < 1000 || from > MAX_BARE_YEAR) {
      return null;
    }
    return yearPhrase(start + 1, year);
  }

  /** "on the 20th", "from the 13th": a day of the reference month after a time preposition. */
  private static @Nullable Phrase ordinalDay(Cursor cursor, int start) {
    cursor.reset(start);
    if (start == 0
        || !Set.of("on", "by", "until", "from", "since", "till")
            .contains(cursor.token(start - 1).lower())
        || !cursor.word("the")
        || cursor.atEnd()
        || !cursor.peek().isNumber()) {
      return null;
    }
    int day = cursor.peek().number();
    cursor.reset(cursor.position() + 1);
    if (day < 1 || day > 31 || !cursor.glued("st", "nd", "rd", "th")) {
      return null;
    }
    int end = cursor.position();
    if (!cursor.atEnd()
        && cursor.peek().isWord()
        && !cursor.peekIs("to", "and", "until", "when", "was", "of")) {
      return null;
    }
    return new Phrase(
        end,
        anchor -> {
          Point reference = anchor.reference();
          if (reference == null
              || !reference.hasMonth()
              || !validDay(reference.year(), reference.month(), day)) {
            return Candidate.Resolution.date("XXXX-XX-" + TimexFormat.two(day), null);
          }
          return Candidate.Resolution.date(
              TimexFormat.date(reference.year(), reference.month(), day),
              new Point(reference.year(), reference.month(), day));
        },
        null);
  }

  /** Whether the next token is a number of two digits. */
  private static boolean twoDigits(Cursor cursor) {
    return !cursor.atEnd() && cursor.peek().isNumber() && cursor.peek().text().length() == 2;
  }

  /** "1941-06-22", "1941-06". */
  private static @Nullable Phrase isoDate(Cursor cursor, int start) {
    cursor.reset(start);
    int year = cursor.year();
    if (year == 0 || !cursor.punct("-") || !twoDigits(cursor)) {
      return null;
    }
    int month = cursor.peek().number();
    cursor.reset(cursor.position() + 1);
    if (month < 1 || month > 12) {
      return null;
    }
    int afterMonth = cursor.position();
    if (cursor.punct("-") && twoDigits(cursor)) {
      int day = cursor.peek().number();
      cursor.reset(cursor.position() + 1);
      if (validDay(year, month, day)) {
        return dated(cursor.position(), year, month, day);
      }
    }
    return new Phrase(afterMonth, anchor -> monthResolution(year, month), year);
  }

  static @Nullable Integer shiftedYear(Anchor anchor, int shift) {
    Integer year = anchor.year();
    return year == null ? null : year + shift;
  }

  /** "this year", "that year", "the same year" (0); "the following/next year" (1); "the previous year" (-1). */
  static @Nullable Integer relativeYear(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("this", "that") && cursor.word("year")) {
      return 0;
    }
    cursor.reset(start);
    if (cursor.word("the")) {
      int shift = cursor.word("same")
          ? 0
          : cursor.word("following", "next") ? 1 : cursor.word("previous", "preceding") ? -1 : 2;
      if (shift != 2 && cursor.word("year")) {
        return shift;
      }
    }
    cursor.reset(start);
    return null;
  }

  /** A year, with or without an era marker, or a number of 1-4 digits with an era marker. */
  static @Nullable Integer yearWithEra(Cursor cursor) {
    int start = cursor.position();
    int year = cursor.year();
    if (year == 0) {
      if (cursor.atEnd() || !cursor.peek().isNumber() || cursor.peek().text().length() > 4) {
        return null;
      }
      int number = cursor.peek().number();
      cursor.reset(start + 1);
      int era = cursor.era();
      if (era == 0 || number == 0) {
        cursor.reset(start);
        return null;
      }
      return TimexFormat.prolepticYear(number, era < 0);
    }
    int era = cursor.era();
    return TimexFormat.prolepticYear(year, era < 0);
  }

  static Phrase yearPhrase(int end, int year) {
    return new Phrase(
        end, anchor -> Candidate.Resolution.date(TimexFormat.year(year), Point.year(year)), year);
  }

  static Candidate.Resolution monthResolution(int year, int month) {
    return Candidate.Resolution.date(TimexFormat.month(year, month), Point.month(year, month));
  }

  static Phrase dated(int end, int year, int month, int day) {
    if (!validDay(year, month, day)) {
      return new Phrase(end, anchor -> monthResolution(year, month), year);
    }
    return new Phrase(
        end,
        anchor -> Candidate.Resolution.date(
            TimexFormat.date(year, month, day), new Point(year, month, day)),
        year);
  }

  /**
   * A day and month; the year is the reference's (shifted if given, else carried forward). A day
   * no such month has in any year ("February 30") leaves the month alone.
   */
  static Phrase yearless(int end, int month, int day, @Nullable Integer shift) {
    return new Phrase(
        end,
        anchor -> {
          Integer year = shift == null ? anchor.yearFor(month) : shiftedYear(anchor, shift);
          if (day > java.time.Month.of(month).maxLength()) {
            return year == null
                ? Candidate.Resolution.date("XXXX-" + TimexFormat.two(month), null)
                : monthResolution(year, month);
          }
          if (year != null && shift == null && !validDay(year, month, day)) {
            year = nearestLeapYear(year);
          }
          if (year == null || !validDay(year, month, day)) {
            return Candidate.Resolution.date(
                "XXXX-" + TimexFormat.two(month) + "-" + TimexFormat.two(day), null);
          }
          return Candidate.Resolution.date(
              TimexFormat.date(year, month, day), new Point(year, month, day));
        },
        null);
  }

  /**
   * The leap year nearest a year, the later one on a tie: a year-less "February 29" told while the
   * story is in 2007 is 2008's, the only leap day within a year of it.
   */
  static int nearestLeapYear(int year) {
    for (int distance = 1; ; distance++) {
      if (java.time.Year.isLeap(year + distance)) {
        return year + distance;
      }
      if (java.time.Year.isLeap(year - distance)) {
        return year - distance;
      }
    }
  }

  private static Phrase yearlessMonth(int end, int month) {
    return new Phrase(
        end,
        anchor -> {
          Integer year = anchor.yearFor(month);
          return year == null
              ? Candidate.Resolution.date("XXXX-" + TimexFormat.two(month), null)
              : monthResolution(year, month);
        },
        null);
  }

  /**
   * A month name alone is a month only where it plays a time role. "May" and "March" are also
   * a verb and a modal, so they need a preposition or time word before them.
   */
  private static boolean isMonthInTimeRole(Cursor cursor, int start, int afterMonth) {
    TimeToken month = cursor.token(start);
    if (!month.isCapitalized()) {
      return false;
    }
    boolean ambiguous = month.is("may") || month.is("march");
    if (!ambiguous) {
      return true;
    }
    return start > 0
        && TimeLexicon.TIME_PREPOSITIONS.contains(cursor.token(start - 1).lower());
  }

  /**
   * A four-digit number followed by a plural noun counts things ("1500 soldiers"), unless a
   * time word comes before it ("in 1500 soldiers marched" is rare enough to lose).
   */
  private static boolean looksLikeCount(Cursor cursor) {
    if (cursor.atEnd()) {
      return false;
    }
    TimeToken next = cursor.peek();
    String lower = next.lower();
    return next.isWord()
        && !next.isCapitalized()
        && lower.length() > 3
        && lower.endsWith("s")
        && !lower.endsWith("ss")
        && !lower.equals("was")
        && !lower.equals("has")
        && !lower.equals("this")
        && !lower.equals("thus")
        && !lower.equals("its")
        && !lower.equals("his");
  }

  static boolean validDay(int year, int month, int day) {
    return day >= 1
        && month >= 1
        && month <= 12
        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }
}
