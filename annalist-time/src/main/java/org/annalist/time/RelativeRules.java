package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.annalist.model.layers.TimexType;
import org.annalist.time.TimeLexicon.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Dates told relative to the reference time: "the next day", "the following year", "that
 * year", "the same day", "two days later", "three years ago", "yesterday", "on Monday".
 */
final class RelativeRules {
  private RelativeRules() {}

  static @Nullable Candidate find(List<TimeToken> tokens, int i) {
    Cursor cursor = new Cursor(tokens, i);
    Candidate best = null;
    for (Candidate candidate : new Candidate[] {
      ordinalUnit(cursor, i),
      countedShift(cursor, i),
      deictic(cursor, i),
      weekday(cursor, i),
      dayOfAStreak(cursor, i)
    }) {
      if (candidate != null && (best == null || candidate.end() > best.end())) {
        best = candidate;
      }
    }
    return best;
  }

  /** "the next day", "the following year", "the previous month", "that same day", "this year", "last year". */
  private static @Nullable Candidate ordinalUnit(Cursor cursor, int start) {
    cursor.reset(start);
    if (cursor.word("later", "earlier") && !cursor.word("that", "this")) {
      if (!(cursor.word("in") && cursor.word("the", "that"))) {
        return null;
      }
    }
    if (cursor.position() > start) {
      cursor.word("same");
      Unit unit = cursor.atEnd() ? null : TimeLexicon.unit(cursor.peek().lower());
      if (unit != Unit.YEAR && unit != Unit.MONTH && unit != Unit.WEEK && unit != Unit.DAY) {
        return null;
      }
      cursor.reset(cursor.position() + 1);
      return Candidate.of(start, cursor.position(), anchor -> {
        Point reference = unit == Unit.DAY ? anchor.toldDay() : anchor.reference();
        String value = reference == null ? null : reference.value(unit);
        return value == null ? null : Candidate.Resolution.date(value, null);
      });
    }
    boolean the = cursor.word("the");
    int shift;
    if (cursor.word("next", "following", "subsequent")) {
      shift = 1;
    } else if (cursor.word("previous", "preceding", "prior")) {
      shift = -1;
    } else if (cursor.word("same") || (!the && cursor.word("that", "this"))) {
      cursor.word("same");
      shift = 0;
    } else if (!the && cursor.word("last")) {
      shift = -1;
    } else if (the) {
      return theUnit(cursor, start);
    } else {
      return null;
    }
    if (cursor.atEnd()) {
      return null;
    }
    boolean pointsBack = shift == 0 ? !cursor.token(start).is("this") : the;
    Unit unit = TimeLexicon.unit(cursor.peek().lower());
    if (unit == Unit.WEEKEND) {
      cursor.reset(cursor.position() + 1);
      int s = shift;
      return Candidate.of(start, cursor.position(), anchor -> {
        Candidate.Resolution week = shifted(anchor.reference(), Unit.WEEK, s);
        return week == null || !week.value().contains("-W")
            ? week
            : Candidate.Resolution.date(week.value() + "-WE", null);
      });
    }
    if (unit != null
        && cursor.peek().lower().equals(unit.singular)
        && !unit.timeOfDay
        && !(the
            && shift != 0
            && unit == Unit.QUARTER
            && cursor.token(start + 1).is("last"))) {
      cursor.reset(cursor.position() + 1);
      int s = shift;
      boolean yearBack = shift == 0
          && cursor.token(cursor.position() - 2).is("same")
          && unit != Unit.YEAR
          && aYearBack(cursor);
      boolean toldDay = unit == Unit.DAY && pointsBack && !yearBack;
      return Candidate.of(start, cursor.position(), anchor -> {
        Point reference = toldDay ? anchor.toldDay() : anchor.reference();
        return shifted(
            yearBack && reference != null ? reference.yearEarlier() : reference, unit, s);
      });
    }
    String season = TimeLexicon.season(cursor.peek().lower());
    if (season != null) {
      cursor.reset(cursor.position() + 1);
      int s = shift;
      return Candidate.of(
          start, cursor.position(), anchor -> season(anchor.reference(), season, s));
    }
    String part = TimeLexicon.partOfDay(cursor.peek().lower());
    if (part != null) {
      cursor.reset(cursor.position() + 1);
      int s = shift;
      return Candidate.of(
          start,
          cursor.position(),
          anchor -> partOfDay(pointsBack ? anchor.toldDay() : anchor.reference(), part, s));
    }
    return null;
  }

  /**
   * News only: "the day", "the week", "the month", "the year" told of the news ("fell 3% on the
   * day", "for the year") are the article's, "the day" the last day told if there is one ("rose
   * on Friday ... ended the day higher"); not when a phrase or clause after them says which ("the
   * day of the vote", "the year he died").
   */
  private static @Nullable Candidate theUnit(Cursor cursor, int start) {
    Unit unit = cursor.atEnd() ? null : TimeLexicon.unit(cursor.peek().lower());
    if (unit == Unit.WEEKEND && cursor.peek().lower().equals(unit.singular)) {
      return theWeekend(cursor, start);
    }
    String part = cursor.atEnd() ? null : TimeLexicon.partOfDay(cursor.peek().lower());
    if (part != null) {
      cursor.reset(cursor.position() + 1);
      if (!cursor.atEnd()
          && (cursor.peek().isWord()
              ? !AFTER_PART_OF_DAY.contains(cursor.peek().lower())
              : cursor.peek().text().equals("-"))) {
        return null;
      }
      return Candidate.of(
          start,
          cursor.position(),
          anchor ->
              anchor.mode() == AnchoringMode.NEWS ? partOfDay(anchor.toldDay(), part, 0) : null);
    }
    if (unit == null
        || !CALENDAR_UNITS.contains(unit)
        || !cursor.peek().lower().equals(unit.singular)) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    if (!cursor.atEnd()
        && (SAYS_WHICH.contains(cursor.peek().lower())
            || !cursor.peek().spaceBefore() && cursor.peek().text().equals("-"))) {
      return null;
    }
    return Candidate.of(
        start,
        cursor.position(),
        anchor -> anchor.mode() == AnchoringMode.NEWS
            ? shifted(unit == Unit.DAY ? anchor.toldDay() : anchor.reference(), unit, 0)
            : null);
  }

  /**
   * News only: "the weekend" is the last one begun by the article's day, or the coming one when
   * the sentence tells of what is to come ("will reopen after the weekend"); not "the weekend of
   * 12 May".
   */
  private static @Nullable Candidate theWeekend(Cursor cursor, int start) {
    cursor.reset(cursor.position() + 1);
    if (!cursor.atEnd() && SAYS_WHICH.contains(cursor.peek().lower())) {
      return null;
    }
    boolean ahead = FutureCues.before(cursor.tokens(), start);
    return Candidate.of(start, cursor.position(), anchor -> {
      LocalDate created = anchor.mode() == AnchoringMode.NEWS ? anchor.creationTime() : null;
      if (created == null) {
        return null;
      }
      LocalDate saturday = ahead
          ? created.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
          : created.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return Candidate.Resolution.date(TimexFormat.week(saturday) + "-WE", null);
    });
  }

  /**
   * Words that may follow "the morning" when it is a time ("showed up in the morning and left"),
   * unlike a noun it qualifies ("the evening news", "the night shift").
   */
  private static final Set<String> AFTER_PART_OF_DAY =
      Set.of("and", "but", "or", "to", "for", "at", "with", "by", "on", "as", "while", "until");

  private static final Set<Unit> CALENDAR_UNITS =
      Set.of(Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR);
  private static final Set<String> SAYS_WHICH = Set.of(
      "of", "before", "after", "when", "that", "which", "where", "in", "he", "she", "it", "they",
      "we", "i", "you");

  /** "two days later", "three years ago", "a week earlier", "the day before", "the year after". */
  private static @Nullable Candidate countedShift(Cursor cursor, int start) {
    cursor.reset(start);
    NumberWords.Amount amount;
    if (cursor.word("the")) {
      amount = new NumberWords.Amount("1", cursor.position());
    } else {
      skipHedge(cursor);
      amount = NumberWords.read(cursor.tokens(), cursor.position());
      if (amount == null) {
        Unit bare = cursor.atEnd() ? null : TimeLexicon.unit(cursor.peek().lower());
        if (bare == null || !cursor.peek().lower().equals(bare.plural)) {
          return null;
        }
        amount = new NumberWords.Amount("X", cursor.position());
      }
    }
    cursor.reset(amount.next());
    Unit unit = cursor.atEnd() ? null : TimeLexicon.unit(cursor.peek().lower());
    if (unit == null) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    int direction;
    boolean fromCreation = false;
    if (cursor.word("later", "after", "afterwards", "afterward", "thereafter")) {
      direction = 1;
    } else if (cursor.word("earlier", "before", "previously", "prior")) {
      direction = -1;
    } else if (cursor.word("ago")) {
      direction = -1;
      fromCreation = true;
    } else {
      return null;
    }
    if (cursor.token(cursor.position() - 1).is("after")
        || cursor.token(cursor.position() - 1).is("before")) {
      if (!cursor.atEnd() && !cursor.peek().text().matches("[,.;:)]")) {
        return null;
      }
    }
    int n = amount.intValue();
    boolean creation = fromCreation;
    boolean fromToldDay = !creation && DAY_OR_FINER.contains(unit);
    return Candidate.of(start, cursor.position(), anchor -> {
      Point from = creation && anchor.creationTime() != null
          ? Point.of(anchor.creationTime())
          : fromToldDay ? anchor.toldDay() : anchor.reference();
      if (n < 0) {
        return from == null ? null : coarse(from, unit);
      }
      Candidate.Resolution resolution = shifted(from, unit, direction * n);
      return creation && resolution != null
          ? Candidate.Resolution.date(resolution.value(), null)
          : resolution;
    });
  }

  private static final Set<Unit> DAY_OR_FINER =
      Set.of(Unit.DAY, Unit.HOUR, Unit.MINUTE, Unit.SECOND);

  /**
   * Consumes "a year ago", "a year earlier", "(of) last year", "(of) the previous year", "the
   * year before" after "the same month": the same unit one year back.
   */
  private static boolean aYearBack(Cursor cursor) {
    int start = cursor.position();
    for (String phrase : YEAR_BACK) {
      cursor.reset(start);
      cursor.word("of", "in");
      if (Arrays.stream(phrase.split(" ")).allMatch(cursor::word)) {
        return true;
      }
    }
    cursor.reset(start);
    return false;
  }

  private static final List<String> YEAR_BACK = List.of(
      "a year ago",
      "a year earlier",
      "a year before",
      "one year ago",
      "one year earlier",
      "last year",
      "the previous year",
      "the prior year",
      "the preceding year",
      "the year before");

  /** "less than", "more than", "about", "only", "just", "some" before an amount. */
  private static void skipHedge(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("less", "more") && cursor.word("than")) {
      return;
    }
    cursor.reset(start);
    cursor.word("about", "nearly", "almost", "only", "just", "some", "barely", "roughly");
  }

  /**
   * "a second consecutive day", "the third straight night": the latest day of a run is the day
   * told (in news the last day told, else the reference), "night" its night.
   */
  private static @Nullable Candidate dayOfAStreak(Cursor cursor, int start) {
    cursor.reset(start);
    cursor.word("a", "the");
    Integer ordinal = cursor.atEnd() ? null : Periods.ORDINALS.get(cursor.peek().lower());
    if (ordinal == null || ordinal < 2) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    if (!DurationRules.streak(cursor) || cursor.atEnd()) {
      return null;
    }
    boolean night = cursor.peek().is("night");
    if (!night && !cursor.peek().is("day")) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    return Candidate.of(
        start,
        cursor.position(),
        anchor ->
            night ? partOfDay(anchor.toldDay(), "NI", 0) : shifted(anchor.toldDay(), Unit.DAY, 0));
  }

  /** "yesterday", "today", "tomorrow", "tonight". */
  private static @Nullable Candidate deictic(Cursor cursor, int start) {
    cursor.reset(start);
    int shift;
    if (cursor.word("yesterday")) {
      shift = -1;
    } else if (cursor.word("tomorrow")) {
      shift = 1;
    } else if (cursor.word("today")) {
      shift = 0;
    } else if (cursor.word("tonight")) {
      return Candidate.of(start, start + 1, anchor -> partOfDay(anchor.reference(), "NI", 0));
    } else {
      return null;
    }
    int s = shift;
    return Candidate.of(start, start + 1, anchor -> {
      if (anchor.mode() == AnchoringMode.NARRATIVE && s == 0) {
        return Candidate.Resolution.date("PRESENT_REF", null);
      }
      return shifted(anchor.reference(), Unit.DAY, s);
    });
  }

  /**
   * "Monday", "on Friday", "last Tuesday", "next Sunday": the nearest such day to the reference.
   * In news a bare weekday is the last such day, or the next one when the sentence tells of what
   * is to come ("the trial will begin on Wednesday").
   */
  private static @Nullable Candidate weekday(Cursor cursor, int start) {
    cursor.reset(start);
    int direction = 0;
    if (cursor.word("last", "previous")) {
      direction = -1;
    } else if (cursor.word("next", "following", "coming")) {
      direction = 1;
    } else {
      cursor.word("this");
    }
    if (cursor.atEnd() || !cursor.peek().isCapitalized()) {
      return null;
    }
    int weekday = TimeLexicon.weekday(cursor.peek().lower());
    if (weekday == 0 || cursor.peek().lower().endsWith("s")) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    String part = cursor.atEnd() ? null : TimeLexicon.partOfDay(cursor.peek().lower());
    if (part != null) {
      cursor.reset(cursor.position() + 1);
    }
    int d = direction;
    boolean ahead = FutureCues.before(cursor.tokens(), start);
    return Candidate.of(start, cursor.position(), anchor -> {
      Point reference = anchor.reference();
      if (reference == null || !reference.hasDay()) {
        return Candidate.Resolution.date("XXXX-WXX-" + weekday, null);
      }
      LocalDate date = nearest(
          reference.expectDate(),
          DayOfWeek.of(weekday),
          d,
          ahead || anchor.mode() == AnchoringMode.NARRATIVE);
      return part == null
          ? Candidate.Resolution.date(TimexFormat.date(date), Point.of(date))
          : partOfDay(Point.of(date), part, 0);
    });
  }

  private static LocalDate nearest(LocalDate from, DayOfWeek day, int direction, boolean ahead) {
    LocalDate before = from.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = from.with(TemporalAdjusters.nextOrSame(day));
    if (direction < 0) {
      return from.with(TemporalAdjusters.previous(day));
    }
    if (direction > 0) {
      return from.with(TemporalAdjusters.next(day));
    }
    return ahead ? after : before;
  }

  static Candidate.@Nullable Resolution shifted(@Nullable Point reference, Unit unit, int amount) {
    if (reference == null) {
      return null;
    }
    Point moved = reference.plus(unit, amount);
    if (moved == null) {
      return coarse(reference, unit);
    }
    String value = moved.value(unit);
    Point reached = switch (unit) {
      case DAY -> moved;
      case MONTH -> Point.month(moved.year(), moved.month());
      case YEAR -> Point.year(moved.year());
      default -> null;
    };
    return value == null ? null : Candidate.Resolution.date(value, reached);
  }

  /**
   * The reference at the coarsest granularity it has, with the unit's finer fields unknown. Hours,
   * minutes or seconds away from a day it is a time of that day whose clock is unknown ("three
   * hours later" than 9 April 2007 is {@code 2007-04-09TXX:XX}), from a coarser reference the
   * reference itself.
   */
  private static Candidate.Resolution coarse(Point reference, Unit unit) {
    return switch (unit) {
      case HOUR, MINUTE, SECOND ->
        reference.hasDay()
            ? Candidate.Resolution.of(TimexType.TIME, reference.value() + "TXX:XX")
            : Candidate.Resolution.date(reference.value(), null);
      case DAY, WEEK ->
        Candidate.Resolution.date(
            reference.hasMonth()
                ? TimexFormat.month(reference.year(), reference.month()) + "-XX"
                : TimexFormat.year(reference.year()) + "-XX-XX",
            null);
      case MONTH -> Candidate.Resolution.date(TimexFormat.year(reference.year()) + "-XX", null);
      default -> Candidate.Resolution.date(TimexFormat.year(reference.year()), null);
    };
  }

  private static Candidate.@Nullable Resolution season(
      @Nullable Point reference, String season, int shift) {
    if (reference == null) {
      return Candidate.Resolution.date("XXXX-" + season, null);
    }
    int year = reference.year();
    if (shift != 0) {
      int seasonStart = TimexIntervals.seasonFirstMonth(season);
      boolean later = shift > 0
          ? !reference.hasMonth() || reference.month() >= seasonStart
          : reference.hasMonth() && reference.month() < seasonStart;
      year += later ? shift : 0;
      if (!reference.hasMonth() && shift < 0) {
        year -= 1;
      }
    }
    return Candidate.Resolution.date(TimexFormat.year(year) + "-" + season, Point.year(year));
  }

  static Candidate.Resolution partOfDay(@Nullable Point reference, String part, int shift) {
    if (reference == null || !reference.hasDay()) {
      return new Candidate.Resolution(TimexType.TIME, "XXXX-XX-XXT" + part, null, null);
    }
    LocalDate day = reference.expectDate().plusDays(shift);
    return new Candidate.Resolution(
        TimexType.TIME, TimexFormat.date(day) + "T" + part, null, Point.of(day));
  }
}
