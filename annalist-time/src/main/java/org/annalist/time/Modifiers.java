package org.annalist.time;

import java.util.Set;
import org.annalist.model.layers.TimexMod;
import org.annalist.time.CalendarRules.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * Modified calendar phrases: "early 1941", "late September", "mid-1916", "the end of 1944",
 * "the beginning of the year", "early in 1914", and dated ones told as approximate: "about
 * 1910", "ca. 466 BC". The modifier is part of the expression and becomes its TIMEX mod (START,
 * MID, END, APPROX). "The latter half of 2008" is a half (2008-H2), not a modifier.
 */
final class Modifiers {
  private Modifiers() {}

  /** Words before a bare season that make it a time: "in spring", "that winter". */
  static final Set<String> SEASON_CUES = Set.of(
      "in",
      "during",
      "that",
      "this",
      "by",
      "until",
      "early",
      "late",
      "mid",
      "next",
      "last",
      "following",
      "previous",
      "same",
      "since",
      "through",
      "throughout");

  static @Nullable Phrase modified(Cursor cursor) {
    int start = cursor.position();
    TimexMod mod = prefix(cursor);
    if (mod == null) {
      return null;
    }
    Phrase inner = CalendarRules.phrase(cursor);
    if (inner == null && mod != TimexMod.APPROX) {
      inner = relativeYearOrMonth(cursor);
    }
    if (inner == null || mod == TimexMod.APPROX && inner.year() == null) {
      cursor.reset(start);
      return null;
    }
    Candidate.Resolver resolver = inner.resolver();
    return new Phrase(
        inner.end(),
        anchor -> {
          Candidate.Resolution resolution = resolver.resolve(anchor);
          return resolution == null ? null : resolution.withMod(mod);
        },
        inner.year());
  }

  private static @Nullable TimexMod prefix(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("the") && !cursor.peekIs("early", "late", "mid")) {
      cursor.reset(start);
    }
    if (cursor.word("early", "earlier")) {
      cursor.word("in");
      return TimexMod.START;
    }
    if (cursor.word("late", "later")) {
      cursor.word("in");
      return TimexMod.END;
    }
    if (cursor.word("mid")) {
      cursor.dash();
      return TimexMod.MID;
    }
    if (cursor.word("about", "around", "circa", "approximately")
        || cursor.word("ca", "c") && cursor.punct(".")) {
      return TimexMod.APPROX;
    }
    if (cursor.word("the")) {
      if (cursor.word("beginning", "start", "dawn", "outset")) {
        return cursor.word("of") ? TimexMod.START : reset(cursor, start);
      }
      if (cursor.word("end", "close")) {
        return cursor.word("of") ? TimexMod.END : reset(cursor, start);
      }
      if (cursor.word("middle")) {
        return cursor.word("of") ? TimexMod.MID : reset(cursor, start);
      }
      if (cursor.word("latter", "early") && cursor.word("part") && cursor.word("of")) {
        return cursor.token(start + 1).is("early") ? TimexMod.START : TimexMod.END;
      }
    }
    cursor.reset(start);
    return null;
  }

  private static @Nullable TimexMod reset(Cursor cursor, int start) {
    cursor.reset(start);
    return null;
  }

  /** "the year", "that year", "this month", "the same year": the reference year or month. */
  static @Nullable Phrase relativeYearOrMonth(Cursor cursor) {
    int start = cursor.position();
    int shift;
    if (cursor.word("the", "that", "this")) {
      cursor.word("same");
      shift = 0;
    } else if (cursor.word("last", "next")) {
      shift = cursor.token(start).is("last") ? -1 : 1;
    } else {
      return null;
    }
    if (cursor.atEnd()) {
      cursor.reset(start);
      return null;
    }
    TimeLexicon.Unit unit = TimeLexicon.unit(cursor.peek().lower());
    if (unit != TimeLexicon.Unit.YEAR
        && unit != TimeLexicon.Unit.MONTH
        && unit != TimeLexicon.Unit.WEEK) {
      cursor.reset(start);
      return null;
    }
    cursor.reset(cursor.position() + 1);
    int s = shift;
    return new Phrase(
        cursor.position(), anchor -> RelativeRules.shifted(anchor.reference(), unit, s), null);
  }
}
