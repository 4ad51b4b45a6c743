package org.annalist.time;

import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layers.TimexRange;

/**
 * Two dates told as the ends of one stretch of time: "from 1942 to 1943", "between May and July
 * 1942", "1939-1945". Its interval runs from the first end's earliest day to the second end's
 * latest, so vague ends keep their width.
 *
 * @param span from the first word of the range ("from", "between") to the end of the second date
 */
public record TemporalRange(
    Span span, TemporalExpression from, TemporalExpression to, DayInterval interval) {
  public TemporalRange {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(interval, "interval");
  }

  /** The values of the two ends, as the time stage stores them ({@code 1942-05/1942-07}). */
  public TimexRange ends() {
    return new TimexRange(from.value(), to.value());
  }
}
