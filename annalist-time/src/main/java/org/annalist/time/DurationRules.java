package org.annalist.time;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.layers.TimexMod;
import org.annalist.model.layers.TimexType;
import org.annalist.time.TimeLexicon.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Amounts of time and recurring times: "three years", "a few days", "ten-day", "more than two
 * months", "the past three years", "for decades"; "daily", "every year", "per month".
 */
final class DurationRules {
  private DurationRules() {}

  private static final Map<String, TimexMod> MODS = Map.of(
      "about",
      TimexMod.APPROX,
      "approximately",
      TimexMod.APPROX,
      "around",
      TimexMod.APPROX,
      "nearly",
      TimexMod.APPROX,
      "almost",
      TimexMod.APPROX,
      "roughly",
      TimexMod.APPROX,
      "over",
      TimexMod.MORE_THAN,
      "under",
      TimexMod.LESS_THAN);
  private static final Map<String, String> ADVERBS = Map.ofEntries(
      Map.entry("daily", "P1D"),
      Map.entry("nightly", "P1D"),
      Map.entry("weekly", "P1W"),
      Map.entry("monthly", "P1M"),
      Map.entry("yearly", "P1Y"),
      Map.entry("annually", "P1Y"),
      Map.entry("annual", "P1Y"),
      Map.entry("hourly", "PT1H"));
  private static final Set<String> SPAN_WORDS = Set.of(
      "next",
      "past",
      "last",
      "following",
      "coming",
      "first",
      "previous",
      "intervening",
      "final",
      "early");

  static @Nullable Candidate find(List<TimeToken> tokens, int i) {
    Candidate set = set(tokens, i);
    if (set != null) {
      return set;
    }
    Cursor cursor = new Cursor(tokens, i);
    TimexMod mod = modifier(cursor);
    int amountStart = cursor.position();
    if (cursor.word("the")
        && !cursor.atEnd()
        && SPAN_WORDS.contains(cursor.peek().lower())) {
      cursor.reset(cursor.position() + 1);
      amountStart = cursor.position();
    } else {
      cursor.reset(amountStart);
    }
    Candidate adjective = longAdjective(tokens, amountStart);
    if (adjective != null) {
      return amountStart == i ? adjective : null;
    }
    NumberWords.Amount amount = NumberWords.read(tokens, amountStart);
    if (amount == null) {
      return amountStart > i ? spanOfUnits(tokens, i, amountStart) : unquantified(tokens, i);
    }
    if (amount.next() > amountStart
        && longAdjective(tokens, amount.next()) != null
        && (tokens.get(amountStart).is("a") || tokens.get(amountStart).is("an"))) {
      return null;
    }
    cursor.reset(amount.next());
    boolean hyphenated = cursor.dash();
    boolean streak = !hyphenated && streak(cursor);
    if (cursor.atEnd()) {
      return null;
    }
    Unit unit = TimeLexicon.unit(cursor.peek().lower());
    if (unit == null || unit == Unit.WEEKEND || unit == Unit.QUARTER && !streak) {
      return null;
    }
    boolean article = tokens.get(amountStart).is("a") || tokens.get(amountStart).is("an");
    if ((unit == Unit.SECOND && article) || (hyphenated && !amount.isKnown())) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    if (hyphenated && isAgeAdjective(tokens, cursor.position())) {
      return null;
    }
    if (amount.isKnown() && !unit.timeOfDay) {
      int afterUnit = cursor.position();
      if (!(cursor.word("old") || cursor.word("of") && cursor.word("age"))) {
        cursor.reset(afterUnit);
      }
    }
    String value = unit.duration(amount.value());
    TimexMod m = mod;
    return Candidate.of(
        i,
        cursor.position(),
        anchor -> new Candidate.Resolution(TimexType.DURATION, value, m, null));
  }

  /**
   * Consumes a word between an amount and its unit that makes a run of units: "six straight
   * days", "two consecutive quarters" (a quarter counted so is a stretch, not a fraction).
   */
  static boolean streak(Cursor cursor) {
    return cursor.word("straight", "consecutive", "successive");
  }

  /**
   * "-old" right after "16-year": the compound names a person's or a thing's age ("a 16-year-old
   * boy", "the 40-year-old plant"), not a stretch of time the text tells of. Spelled apart,
   * "18 years old" stays a duration, as TIMEX2 annotates it.
   */
  private static boolean isAgeAdjective(List<TimeToken> tokens, int afterUnit) {
    return afterUnit + 1 < tokens.size()
        && tokens.get(afterUnit).text().equals("-")
        && tokens.get(afterUnit + 1).is("old");
  }

  /** "weeklong", "yearlong": the adjectives written as one word. */
  private static final Map<String, Unit> ONE_WORD_LONG = Map.of(
      "daylong", Unit.DAY, "weeklong", Unit.WEEK, "monthlong", Unit.MONTH, "yearlong", Unit.YEAR);

  /**
   * "month-long", "decades-long", "weeklong": a unit made an adjective is a duration of one (or,
   * plural, of some) units; "a" before it belongs to the noun ("a month-long siege").
   */
  private static @Nullable Candidate longAdjective(List<TimeToken> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Unit glued = ONE_WORD_LONG.get(tokens.get(i).lower());
    if (glued != null) {
      String value = glued.duration("1");
      return Candidate.of(i, i + 1, anchor -> Candidate.Resolution.of(TimexType.DURATION, value));
    }
    if (i + 2 >= tokens.size()
        || tokens.get(i + 1).spaceBefore()
        || tokens.get(i + 2).spaceBefore()
        || !tokens.get(i + 1).text().equals("-")
        || !tokens.get(i + 2).is("long")) {
      return null;
    }
    Unit unit = TimeLexicon.unit(tokens.get(i).lower());
    if (unit == null || unit == Unit.WEEKEND || unit == Unit.QUARTER) {
      return null;
    }
    String value = unit.duration(tokens.get(i).lower().equals(unit.plural) ? "X" : "1");
    return Candidate.of(i, i + 3, anchor -> Candidate.Resolution.of(TimexType.DURATION, value));
  }

  /** "more than", "less than", "at least", "up to", "about", "nearly"... */
  private static @Nullable TimexMod modifier(Cursor cursor) {
    int start = cursor.position();
    if (cursor.word("more", "less", "fewer") && cursor.word("than")) {
      return cursor.token(start).is("more") ? TimexMod.MORE_THAN : TimexMod.LESS_THAN;
    }
    cursor.reset(start);
    if (cursor.word("at") && cursor.word("least", "most")) {
      return cursor.token(start + 1).is("least") ? TimexMod.EQUAL_OR_MORE : TimexMod.EQUAL_OR_LESS;
    }
    cursor.reset(start);
    if (cursor.word("up") && cursor.word("to")) {
      return TimexMod.EQUAL_OR_LESS;
    }
    cursor.reset(start);
    if (!cursor.atEnd()
        && MODS.containsKey(cursor.peek().lower())
        && !isPrepositionBeforeThe(cursor.tokens(), start)) {
      TimexMod mod = MODS.get(cursor.peek().lower());
      cursor.reset(start + 1);
      return mod;
    }
    return null;
  }

  /** "over the next months", "under the last plan": a preposition, no modifier of an amount. */
  private static boolean isPrepositionBeforeThe(List<TimeToken> tokens, int i) {
    return (tokens.get(i).is("over") || tokens.get(i).is("under"))
        && i + 1 < tokens.size()
        && tokens.get(i + 1).is("the");
  }

  /**
   * "the following days", "the coming years": an unknown number of units after "the next"; "the
   * past year", "the last decade": one unit.
   */
  private static @Nullable Candidate spanOfUnits(List<TimeToken> tokens, int start, int unitIndex) {
    if (unitIndex >= tokens.size()) {
      return null;
    }
    Unit unit = TimeLexicon.unit(tokens.get(unitIndex).lower());
    if (unit == null || unit == Unit.SECOND || unit == Unit.WEEKEND || unit == Unit.QUARTER) {
      return null;
    }
    boolean plural = tokens.get(unitIndex).lower().equals(unit.plural);
    boolean span =
        tokens.get(unitIndex - 1).is("past") || tokens.get(unitIndex - 1).is("last");
    if (!plural && !span) {
      return null;
    }
    String value = unit.duration(plural ? "X" : "1");
    return Candidate.of(
        start, unitIndex + 1, anchor -> Candidate.Resolution.of(TimexType.DURATION, value));
  }

  /**
   * "for years", "over decades", "within months", "(the first loss) in years", "recent weeks",
   * "over the years", "through the decades": an unknown number of units.
   */
  private static @Nullable Candidate unquantified(List<TimeToken> tokens, int i) {
    if (tokens.get(i).is("recent")) {
      Unit unit = i + 1 < tokens.size() ? pluralUnit(tokens.get(i + 1)) : null;
      return unit == null ? null : someUnits(i, i + 2, unit);
    }
    if ((tokens.get(i).is("over") || tokens.get(i).is("through"))
        && i + 2 < tokens.size()
        && tokens.get(i + 1).is("the")) {
      Unit unit = pluralUnit(tokens.get(i + 2));
      return unit == null || unit.timeOfDay ? null : someUnits(i, i + 3, unit);
    }
    Unit unit = pluralUnit(tokens.get(i));
    return unit == null
            || i == 0
            || !UNQUANTIFIED_BEFORE.contains(tokens.get(i - 1).lower())
        ? null
        : someUnits(i, i + 1, unit);
  }

  /** The unit the token names in the plural ("years"), seconds left out, or null. */
  private static @Nullable Unit pluralUnit(TimeToken token) {
    Unit unit = TimeLexicon.unit(token.lower());
    return unit == null || unit == Unit.SECOND || !token.lower().equals(unit.plural) ? null : unit;
  }

  private static final Set<String> UNQUANTIFIED_BEFORE = Set.of("for", "over", "within", "in");

  private static Candidate someUnits(int start, int end, Unit unit) {
    String value = unit.duration("X");
    return Candidate.of(start, end, anchor -> Candidate.Resolution.of(TimexType.DURATION, value));
  }

  /** "daily", "every year", "each month", "per day", "every two weeks". */
  private static @Nullable Candidate set(List<TimeToken> tokens, int i) {
    TimeToken token = tokens.get(i);
    String adverb = ADVERBS.get(token.lower());
    if (adverb != null) {
      return Candidate.of(i, i + 1, anchor -> Candidate.Resolution.of(TimexType.SET, adverb));
    }
    Cursor cursor = new Cursor(tokens, i);
    if (!cursor.word("every", "each", "per")) {
      return null;
    }
    String amount = "1";
    NumberWords.Amount counted = NumberWords.read(tokens, cursor.position());
    if (counted != null && counted.isKnown() && !tokens.get(cursor.position()).is("a")) {
      amount = counted.value();
      cursor.reset(counted.next());
    }
    if (cursor.atEnd()) {
      return null;
    }
    Unit unit = TimeLexicon.unit(cursor.peek().lower());
    if (unit == null) {
      return null;
    }
    String value = unit.duration(amount);
    return Candidate.of(
        i, cursor.position() + 1, anchor -> Candidate.Resolution.of(TimexType.SET, value));
  }
}
