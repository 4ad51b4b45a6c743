package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * A day and a clock time written together are one expression of that time, as the TIMEX2
 * guidelines (p. 63) and the news corpora mark it: "May 8 1:00AM", "Tuesday, March 12, 2013,
 * 9:36 AM", "12:00 UTC Monday", "3:30 a.m. Tuesday". Joined by a word they stay two, one for the
 * time and one for the day: "at 11 a.m. on 11 November 1918", "on June 1 at noon"; so does a
 * clock followed by a comma and a day ("at 16:15 UTC, June 1st"), where the day is an aside. The
 * clock must already have taken that day (it takes the day told just before or just after it).
 */
final class DayAndClock {
  private DayAndClock() {}

  private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d.*");
  private static final Pattern DAY_OR_PART = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(T[A-Z]{2})?");
  private static final Set<String> DAY_THEN_CLOCK = Set.of("", ",");
  private static final Set<String> CLOCK_THEN_DAY = Set.of("");

  /** The expressions, in text order, with each day and clock told together made one. */
  static List<TemporalExpression> merge(String text, List<TemporalExpression> found) {
    List<TemporalExpression> merged = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      TemporalExpression current = found.get(i);
      TemporalExpression joined =
          i + 1 < found.size() ? joined(text, current, found.get(i + 1)) : null;
      merged.add(joined == null ? current : joined);
      i += joined == null ? 0 : 1;
    }
    return merged;
  }

  private static @Nullable TemporalExpression joined(
      String text, TemporalExpression first, TemporalExpression second) {
    String between =
        text.substring(first.span().end(), second.span().start()).strip().toLowerCase(Locale.ROOT);
    TemporalExpression clock;
    if (isClock(second) && onDay(first, second) && DAY_THEN_CLOCK.contains(between)) {
      clock = second;
    } else if (isClock(first) && onDay(second, first) && CLOCK_THEN_DAY.contains(between)) {
      clock = first;
    } else {
      return null;
    }
    return new TemporalExpression(
        Span.of(first.span().start(), second.span().end()),
        clock.type(),
        clock.value(),
        clock.mod(),
        clock.interval());
  }

  private static boolean isClock(TemporalExpression expression) {
    return expression.type() == TimexType.TIME
        && CLOCK.matcher(expression.value()).matches();
  }

  /** Whether {@code day} is the clock's day, or a part of it ("Sunday morning"). */
  private static boolean onDay(TemporalExpression day, TemporalExpression clock) {
    return DAY_OR_PART.matcher(day.value()).matches()
        && clock.value().startsWith(day.value().substring(0, 10) + "T");
  }
}
