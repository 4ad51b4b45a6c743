package org.annalist.time;

import java.util.List;
import java.util.Set;
import org.annalist.time.TimeLexicon.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Narrative only: an event phrase that a time is told against is part of the expression, as
 * TIMEX2 marks it. A count of days, weeks, months or years before or after an event the story
 * has just told is a date: "two days after the fall of the city", "a year after the battle", "the
 * day before the vote"; the event names no time of its own, so the value is the story's time
 * shifted by the count. A duration takes in what it is the duration of: "two months of fierce
 * fighting". An event phrase that holds a number or a month is left alone, so the date inside it
 * stays an expression of its own.
 */
final class EventPhrases {
  private EventPhrases() {}

  /** The longest event phrase taken in, in tokens; a longer one is more likely a clause of its own. */
  static final int MAX_EVENT_TOKENS = 12;

  private static final Set<String> CLAUSE_ENDS = Set.of(
      ",", ".", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "!", "?", "and", "but", "when",
      "while", "which", "who", "where", "as");
  private static final Set<Unit> UNITS = Set.of(Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR);

  /** "two days after the fall of the city": the story's time shifted, or null. */
  static @Nullable Candidate shift(List<TimeToken> tokens, int i) {
    Cursor cursor = new Cursor(tokens, i);
    int count;
    if (cursor.word("the")) {
      count = 1;
    } else {
      NumberWords.Amount amount = NumberWords.read(tokens, i);
      if (amount == null || amount.intValue() < 1) {
        return null;
      }
      count = amount.intValue();
      cursor.reset(amount.next());
    }
    Unit unit = cursor.atEnd() ? null : TimeLexicon.unit(cursor.peek().lower());
    if (unit == null || !UNITS.contains(unit) || count == 1 != cursor.peek().is(unit.singular)) {
      return null;
    }
    cursor.reset(cursor.position() + 1);
    int direction = cursor.word("after") ? 1 : cursor.word("before") ? -1 : 0;
    int end = direction == 0 ? -1 : eventEnd(tokens, cursor.position());
    if (end < 0) {
      return null;
    }
    int shift = direction * count;
    return Candidate.of(i, end, anchor -> RelativeRules.shifted(anchor.reference(), unit, shift));
  }

  /** The duration with the "of" phrase after it taken in ("two months of fierce fighting"), or the duration as it is. */
  static Candidate withWhatItLasts(List<TimeToken> tokens, Candidate duration) {
    int of = duration.end();
    if (of >= tokens.size() || !tokens.get(of).is("of")) {
      return duration;
    }
    int end = eventEnd(tokens, of + 1);
    return end < 0
        ? duration
        : new Candidate(duration.first(), end, duration.resolver(), duration.explicitYear());
  }

  /** A name right after a common word starts a new clause: "the day after the battle Smith wrote". */
  private static boolean startsName(TimeToken previous, TimeToken token) {
    return token.isCapitalized()
        && previous.isWord()
        && !previous.isCapitalized()
        && !LINKING_WORDS.contains(previous.lower());
  }

  private static final Set<String> LINKING_WORDS = Set.of(
      "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "with", "for", "into",
      "against");

  /** The end of the event phrase starting at {@code first}, or -1 if there is none to take in. */
  private static int eventEnd(List<TimeToken> tokens, int first) {
    if (first >= tokens.size()
        || !tokens.get(first).isWord()
        || CLAUSE_ENDS.contains(tokens.get(first).lower())) {
      return -1;
    }
    for (int i = first; i < tokens.size() && i - first <= MAX_EVENT_TOKENS; i++) {
      TimeToken token = tokens.get(i);
      if (CLAUSE_ENDS.contains(token.lower())
          || i > first && startsName(tokens.get(i - 1), token)) {
        return i;
      }
      if (token.isNumber() || TimeLexicon.monthOfName(token.lower()) > 0) {
        return -1;
      }
    }
    return -1;
  }
}
