package org.annalist.time;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * Two dates told as the ends of one stretch of time: "from 1942 to 1943", "between May and July
 * 1942", "1939-1945". Its interval runs from the first end's earliest day to the second end's
 * latest, so vague ends keep their width.
 *
 * @param span from the first word of the range ("from", "between") to the end of the second date
 */
public record TemporalRange(Span span, TemporalExpression from, TemporalExpression to, DayInterval interval) {
  public TemporalRange {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(interval, "interval");
  }

  /** ISO 8601 interval notation of the two values, e.g. {@code 1942-05/1942-07}. */
  public String value() {
    return from.value() + "/" + to.value();
  }
}
