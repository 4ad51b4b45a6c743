package org.annalist.time;

import java.util.Objects;
import org.annalist.model.Span;
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
    Span span, TimexType type, String value, @Nullable TimexMod mod, @Nullable DayInterval interval) {

  public TemporalExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
