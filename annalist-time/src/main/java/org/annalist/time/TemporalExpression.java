package org.annalist.time;

import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexMod;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * A temporal expression found in a text, with its normalized value.
 *
 * @param span where it is, as UTF-16 offsets into the text
 * @param type date, time, duration or set
 * @param value the TIMEX3 value, e.g. {@code 1941-07}, {@code 1942-SP}, {@code P3Y},
 *     {@code BC0480}, {@code PRESENT_REF}, {@code XXXX-12-16}
 * @param mod the TIMEX3 modifier, e.g. {@code START} for "early July 1941"
 * @param interval the days it may denote, when the value fixes them
 */
public record TemporalExpression(
    Span span,
    TimexType type,
    String value,
    @Nullable TimexMod mod,
    @Nullable DayInterval interval) {

  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /** The expression a stored {@link Timex} describes at the given span, its interval worked out from value and mod. */
  public static TemporalExpression of(Span span, Timex timex) {
    return new TemporalExpression(
        span,
        timex.type(),
        timex.value(),
        timex.mod(),
        TimexIntervals.of(timex.value(), timex.mod()).orElse(null));
  }

  /** The normalized value as the time stage stores it; the interval is not stored, it follows from value and mod. */
  public Timex timex() {
    return new Timex(type, value, mod);
  }
}
