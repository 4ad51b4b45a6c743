package org.annalist.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.annalist.time.CalendarRules.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Calendar periods other than plain dates: decades, centuries, seasons, quarters and halves,
 * fixed-date holidays, and two-digit years.
 */
final class Periods {
  /** How far from the reference year a year named without its century may lie. */
  private static final int HALF_CENTURY = 50;

  private Periods() {}

  static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("latter", -1),
      Map.entry("first", 1),
      Map.entry("second", 2),
      Map.entry("third", 3),
      Map.entry("fourth", 4),
      Map.entry("fifth", 5),
      Map.entry("sixth", 6),
      Map.entry("seventh", 7),
      Map.entry("eighth", 8),
      Map.entry("ninth", 9),
      Map.entry("tenth", 10),
      Map.entry("eleventh", 11),
      Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13),
      Map.entry("fourteenth", 14),
      Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16),
      Map.entry("seventeenth", 17),
      Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19),
      Map.entry("twentieth", 20),
      Map.entry("last", -1),
      Map.entry("final", -1));
  private static final Map<String, Integer> DECADE_WORDS = Map.of(
      "twenties",
      2,
      "thirties",
      3,
      "forties",
      4,
      "fifties",
      5,
      "sixties",
      6,
      "seventies",
      7,
      "eighties",
      8,
      "nineties",
      9);
  private static final Map<String, int[]> HOLIDAYS =
      Map.of("christmas", new int[] {12, 25}, "halloween", new int[] {10, 31});

  /** "the 1930s", "1930s", "the '30s", "the thirties [of the last century]"; "the 1800s" is a century. */
  static @Nullable Phrase decade(Cursor cursor, int start) {
    cursor.reset(start);
    boolean the = cursor.word("the");
    if (!cursor.atEnd()
        && cursor.peek().isNumber()
        && cursor.peek().text().length() == 4
        && cursor.peek().text().endsWith("0")) {
      int year = cursor.peek().number();
      cursor.reset(cursor.position() + 1);
      if (year < 1000 || !cursor.glued("s")) {
        return null;
      }
      String value = year % 100 == 0 ? String.valueOf(year / 100) : String.valueOf(year / 10);
      int decadeStart = year;
      return new Phrase(
          cursor.position(),
          anchor -> Candidate.Resolution.date(value, Point.year(decadeStart)),
          year);
    }
    if (!cursor.atEnd()
        && cursor.peek().isNumber()
        && cursor.peek().text().length() <= 3
        && cursor.peek().text().endsWith("0")) {
      int number = cursor.peek().number();
      boolean twoDigits = cursor.peek().text().length() == 2;
      cursor.reset(cursor.position() + 1);
      if (number == 0 || !cursor.glued("s")) {
        return null;
      }
      int afterDecade = cursor.position();
      int era = cursor.era();
      if (era == 0 && the && twoDigits) {
        cursor.reset(afterDecade);
        return twoDigitDecade(afterDecade, number / 10);
      }
      if (era >= 0) {
        return null;
      }
      String digits = String.valueOf(number);
      String value =
          "BC" + "0".repeat(4 - digits.length()) + digits.substring(0, digits.length() - 1);
      int year = 1 - number;
      return new Phrase(
          cursor.position(),
          anchor -> Candidate.Resolution.date(value.substring(0, 5), Point.year(year)),
          year);
    }
    if (cursor.punct("'") || cursor.punct("’")) {
      return shortDecade(cursor);
    }
    if (!cursor.atEnd() && DECADE_WORDS.containsKey(cursor.peek().lower())) {
      int tens = DECADE_WORDS.get(cursor.peek().lower());
      cursor.reset(cursor.position() + 1);
      Integer century = centuryQualifier(cursor);
      int end = cursor.position();
      return new Phrase(
          end,
          anchor -> {
            Integer hundreds = century == null
                ? latestHundreds(anchor, tens)
                : century < 0 ? Integer.valueOf(previousCentury(anchor.creationTime())) : century;
            return hundreds == null ? null : decadeOf(hundreds, tens);
          },
          null);
    }
    return null;
  }

  private static @Nullable Phrase shortDecade(Cursor cursor) {
    if (cursor.atEnd()
        || !cursor.peek().isNumber()
        || cursor.peek().text().length() != 2
        || !cursor.peek().text().endsWith("0")) {
      return null;
    }
    int tens = cursor.peek().number() / 10;
    cursor.reset(cursor.position() + 1);
    return cursor.glued("s") ? twoDigitDecade(cursor.position(), tens) : null;
  }

  /** "the '50s", "the 70s": the latest such decade that starts no later than the reference year, else the 1900s'. */
  private static Phrase twoDigitDecade(int end, int tens) {
    return new Phrase(
        end,
        anchor -> {
          Integer hundreds = latestHundreds(anchor, tens);
          return decadeOf(hundreds == null ? 19 : hundreds, tens);
        },
        null);
  }

  /**
   * The century of a decade named without one ("the fifties", "the '50s"): the latest that puts
   * the decade's start no later than the reference year, since a decade is told of when it has
   * come ("the fifties" told in 2013 are the 1950s, told in 2055 the 2050s), never one before the
   * first. Null without a reference year.
   */
  private static @Nullable Integer latestHundreds(Anchor anchor, int tens) {
    Integer year = anchor.year();
    if (year == null || year <= 0) {
      return null;
    }
    int hundreds = year / 100;
    return hundreds * 100 + tens * 10 > year && hundreds > 0 ? hundreds - 1 : hundreds;
  }

  /** The decade {@code tens} of the century {@code hundreds}, written as TIMEX does ("198", "008"). */
  private static Candidate.Resolution decadeOf(int hundreds, int tens) {
    Point first = Point.year(hundreds * 100 + tens * 10);
    String decade =
        Objects.requireNonNull(first.value(TimeLexicon.Unit.DECADE), "every year has its decade");
    return Candidate.Resolution.date(decade, first);
  }

  /** "of the last century", "of the twentieth century", "of the 20th century": the hundreds, e.g. 19. */
  private static @Nullable Integer centuryQualifier(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("of") && cursor.word("the")) {
      if (cursor.word("last", "previous") && cursor.word("century")) {
        return -1;
      }
      Integer ordinal = ordinal(cursor);
      if (ordinal != null && ordinal > 0 && cursor.word("century")) {
        return ordinal - 1;
      }
    }
    cursor.reset(start);
    return null;
  }

  /**
   * The century of a year named without one ("'82"), given its years into the century (82): the
   * one that puts it nearest the reference year, the reference's own unless that is more than
   * fifty years off ("'82" told in 2009 is 1982; "'42" in a story at 1941 is 1942), never one
   * before the first. Null without a reference year.
   */
  private static @Nullable Integer referenceHundreds(Anchor anchor, int intoCentury) {
    Integer year = anchor.year();
    if (year == null || year <= 0) {
      return null;
    }
    int hundreds = year / 100;
    int offset = hundreds * 100 + intoCentury - year;
    return offset > HALF_CENTURY && hundreds > 0
        ? hundreds - 1
        : offset < -HALF_CENTURY ? hundreds + 1 : hundreds;
  }

  /** "the 19th century", "the fifth century BC", "the nineteenth century". */
  static @Nullable Phrase century(Cursor cursor, int start) {
    cursor.reset(start);
    cursor.word("the");
    Integer ordinal = ordinal(cursor);
    if (ordinal == null || ordinal < 1) {
      return null;
    }
    cursor.dash();
    if (!cursor.word("century", "centuries")) {
      return null;
    }
    int era = cursor.era();
    int hundreds = ordinal - 1;
    if (era < 0) {
      String value = "BC" + TimexFormat.two(hundreds);
      int year = 1 - ordinal * 100;
      return new Phrase(
          cursor.position(), anchor -> Candidate.Resolution.date(value, Point.year(year)), year);
    }
    String value = TimexFormat.two(hundreds);
    return new Phrase(
        cursor.position(),
        anchor -> Candidate.Resolution.date(value, Point.year(hundreds * 100)),
        null);
  }

  /** An ordinal as a word ("fifth") or digits with a suffix ("5th"), or null without moving. */
  static @Nullable Integer ordinal(Cursor cursor) {
    if (cursor.atEnd()) {
      return null;
    }
    Integer word = ORDINALS.get(cursor.peek().lower());
    if (word != null) {
      cursor.reset(cursor.position() + 1);
      return word;
    }
    int start = cursor.position();
    if (cursor.peek().isNumber() && cursor.peek().text().length() <= 2) {
      int number = cursor.peek().number();
      cursor.reset(start + 1);
      if (cursor.glued("st", "nd", "rd", "th")) {
        return number;
      }
    }
    cursor.reset(start);
    return null;
  }

  /** "the spring of 1942", "summer 1918", "the summer of the following year", "the winter", "in spring" (with the reference year). */
  static @Nullable Phrase season(Cursor cursor, int start) {
    cursor.reset(start);
    boolean determiner = cursor.word("the");
    if (cursor.atEnd()) {
      return null;
    }
    String season = TimeLexicon.season(cursor.peek().lower());
    if (season == null) {
      return null;
    }
    boolean fall = cursor.peek().is("fall");
    boolean lowercase = !cursor.peek().isCapitalized();
    cursor.reset(cursor.position() + 1);
    if (!lowercase && !cursor.atEnd() && cursor.peek().isCapitalized()) {
      return null;
    }
    int afterSeason = cursor.position();
    boolean of = cursor.word("of");
    Integer shift = of ? CalendarRules.relativeYear(cursor) : null;
    if (shift != null) {
      int s = shift;
      return new Phrase(
          cursor.position(),
          anchor -> {
            Integer y = CalendarRules.shiftedYear(anchor, s);
            return y == null
                ? Candidate.Resolution.date("XXXX-" + season, null)
                : Candidate.Resolution.date(TimexFormat.year(y) + "-" + season, Point.year(y));
          },
          null);
    }
    Integer year = CalendarRules.yearWithEra(cursor);
    if (year == null && of && fall) {
      return null;
    }
    if (year != null) {
      int y = year;
      return new Phrase(
          cursor.position(),
          anchor -> Candidate.Resolution.date(TimexFormat.year(y) + "-" + season, Point.year(y)),
          year);
    }
    boolean cued = determiner
        || (lowercase && !fall)
        || (start > 0 && Modifiers.SEASON_CUES.contains(cursor.token(start - 1).lower()));
    if (!cued || (fall && !determiner)) {
      return null;
    }
    return new Phrase(afterSeason, anchor -> yearlessSeason(anchor, season), null);
  }

  /**
   * A season without a year takes the reference's. The story steps on into it ("the war dragged
   * into the winter") when the season is still ahead of the month the story has reached; one
   * already past is only named.
   */
  private static Candidate.Resolution yearlessSeason(Anchor anchor, String season) {
    Integer y = anchor.year();
    Point reference = anchor.reference();
    if (y == null || reference == null) {
      return Candidate.Resolution.date("XXXX-" + season, null);
    }
    int first = TimexIntervals.seasonFirstMonth(season);
    Point reached =
        reference.hasMonth() && first > reference.month() ? Point.month(y, first) : null;
    return Candidate.Resolution.date(TimexFormat.year(y) + "-" + season, reached);
  }

  /**
   * "the first half of 1942", "the third quarter of this year", "the second quarter", and as an
   * adjective "fourth-quarter (profits)".
   */
  static @Nullable Phrase partOfYear(Cursor cursor, int start) {
    cursor.reset(start);
    boolean the = cursor.word("the");
    Integer ordinal = ordinal(cursor);
    if (ordinal == null || !the && !gluedHyphen(cursor) || cursor.atEnd()) {
      return null;
    }
    boolean half = cursor.peekIs("half");
    if (!cursor.word("half", "quarter")) {
      return null;
    }
    int count = half ? 2 : 4;
    int index = ordinal < 0 ? count : ordinal;
    if (index < 1 || index > count) {
      return null;
    }
    String part = (half ? "H" : "Q") + index;
    int afterPart = cursor.position();
    if (cursor.word("of")) {
      Integer year = CalendarRules.yearWithEra(cursor);
      if (year != null) {
        int y = year;
        return new Phrase(
            cursor.position(),
            anchor -> Candidate.Resolution.date(TimexFormat.year(y) + "-" + part, Point.year(y)),
            year);
      }
      int beforeYear = cursor.position();
      if (cursor.word("the", "this", "that") && cursor.word("year")) {
        return yearlessPart(cursor.position(), part, 0);
      }
      cursor.reset(beforeYear);
      if (cursor.word("last", "next") && cursor.word("year")) {
        return yearlessPart(cursor.position(), part, cursor.token(beforeYear).is("last") ? -1 : 1);
      }
    }
    return ordinal < 0 ? lastPart(afterPart, half) : undatedPart(afterPart, part);
  }

  /**
   * "the last quarter", "the last half" with no year after it: in news the one before the
   * article's ("the last quarter" in January 2007 is 2006-Q4); in a story the year's last.
   */
  private static Phrase lastPart(int end, boolean half) {
    String last = half ? "H2" : "Q4";
    return new Phrase(
        end,
        anchor -> {
          Point reference = anchor.reference();
          if (anchor.mode() != AnchoringMode.NEWS || reference == null || !reference.hasMonth()) {
            Integer y = anchor.year();
            return Candidate.Resolution.date(
                (y == null ? "XXXX" : TimexFormat.year(y)) + "-" + last, null);
          }
          int months = half ? 6 : 3;
          int current = (reference.month() - 1) / months;
          int year = current == 0 ? reference.year() - 1 : reference.year();
          int index = current == 0 ? 12 / months : current;
          return Candidate.Resolution.date(
              TimexFormat.year(year) + "-" + (half ? "H" : "Q") + index, null);
        },
        null);
  }

  /** A hyphen with no space on either side, as in "fourth-quarter". */
  private static boolean gluedHyphen(Cursor cursor) {
    int start = cursor.position();
    if (cursor.atEnd() || cursor.peek().spaceBefore() || !cursor.punct("-")) {
      return false;
    }
    if (cursor.atEnd() || cursor.peek().spaceBefore()) {
      cursor.reset(start);
      return false;
    }
    return true;
  }

  /** A part of a year named with no year: in news one that lies well ahead is last year's. */
  private static Phrase undatedPart(int end, String part) {
    int firstMonth = (part.charAt(1) - '1') * (part.charAt(0) == 'H' ? 6 : 3) + 1;
    return new Phrase(
        end,
        anchor -> {
          Integer y = anchor.yearFor(firstMonth);
          return Candidate.Resolution.date(
              (y == null ? "XXXX" : TimexFormat.year(y)) + "-" + part, null);
        },
        null);
  }

  private static Phrase yearlessPart(int end, String part, int shift) {
    return new Phrase(
        end,
        anchor -> {
          Integer y = anchor.year();
          return Candidate.Resolution.date(
              (y == null ? "XXXX" : TimexFormat.year(y + shift)) + "-" + part, null);
        },
        null);
  }

  /** "Christmas 1963", "Christmas Eve", "New Year's Day 1942". */
  static @Nullable Phrase holiday(Cursor cursor, int start) {
    cursor.reset(start);
    int[] monthDay;
    if (!cursor.atEnd()
        && cursor.peek().isCapitalized()
        && HOLIDAYS.containsKey(cursor.peek().lower())) {
      monthDay = HOLIDAYS.get(cursor.peek().lower()).clone();
      cursor.reset(cursor.position() + 1);
      if (monthDay[0] == 12 && cursor.word("eve")) {
        monthDay[1] = 24;
      } else {
        cursor.word("day");
      }
    } else if (cursor.word("new")
        && cursor.word("year")
        && (cursor.punct("'") || cursor.punct("’"))
        && cursor.glued("s")) {
      boolean eve = cursor.peekIs("eve");
      if (!cursor.word("day", "eve")) {
        return null;
      }
      monthDay = eve ? new int[] {12, 31} : new int[] {1, 1};
    } else {
      return null;
    }
    int afterName = cursor.position();
    Integer year = CalendarRules.yearWithEra(cursor);
    int month = monthDay[0];
    int day = monthDay[1];
    if (year != null) {
      int y = year;
      return new Phrase(
          cursor.position(),
          anchor ->
              Candidate.Resolution.date(TimexFormat.date(y, month, day), new Point(y, month, day)),
          year);
    }
    return CalendarRules.yearless(afterName, month, day, null);
  }

  /** "'99": a year in the reference century. */
  static @Nullable Phrase twoDigitYear(Cursor cursor, int start) {
    cursor.reset(start);
    if (!(cursor.punct("'") || cursor.punct("’"))
        || cursor.atEnd()
        || !cursor.peek().isNumber()
        || cursor.peek().text().length() != 2
        || cursor.peek().spaceBefore()) {
      return null;
    }
    int yy = cursor.peek().number();
    cursor.reset(cursor.position() + 1);
    if (cursor.glued("s")) {
      return null;
    }
    return new Phrase(
        cursor.position(),
        anchor -> {
          Integer hundreds = referenceHundreds(anchor, yy);
          int year = (hundreds == null ? 19 : hundreds) * 100 + yy;
          return Candidate.Resolution.date(TimexFormat.year(year), Point.year(year));
        },
        null);
  }

  /** The hundreds of the century before the creation time's ("the last century"); 19 if unknown. */
  static int previousCentury(@Nullable LocalDate creation) {
    return creation == null ? 19 : creation.getYear() / 100 - 1;
  }
}
