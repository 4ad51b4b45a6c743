package org.annalist.eval.score;

import java.util.Objects;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One temporal expression found by the system being evaluated.
 *
 * @param span where it is, as UTF-16 offsets into the document text the system was given
 * @param value its normalized value ({@code ""} when the system gives none)
 * @param type its TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}), or null
 * @param mod its modifier, or null
 */
public record SystemTimex(
    Span span,
    String value,
    @Nullable String type,
    @Nullable String mod) {

  public SystemTimex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }

  public static SystemTimex of(int start, int end, String value) {
    return new SystemTimex(Span.of(start, end), value, null, null);
  }
}
