package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One gold temporal expression.
 *
 * @param id the annotation's id, unique within its corpus (e.g. {@code 01_WW2#12}, {@code
 *     101354/m41})
 * @param span where it is, as UTF-16 offsets into its document's plain text
 * @param text the annotated text, equal to {@code span.quote(document.text())}
 * @param value the normalized value ({@code val} for TIMEX2, {@code value} for TIMEX3), or
 *     null when the annotators gave none
 * @param mod the modifier, or null
 * @param type the TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}), or
 *     null for TIMEX2, which has none
 */
public record GoldTimex(
    String id,
    Span span,
    String text,
    @Nullable String value,
    @Nullable String mod,
    @Nullable String type) {

  public GoldTimex {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    requireArgument(
        text.length() == span.length(),
        "gold timex %s: text '%s' has length %s but span %s has length %s",
        id,
        text,
        text.length(),
        span,
        span.length());
  }
}
