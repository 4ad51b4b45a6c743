package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A mention to be clustered: a gold event mention as a coreference system is given it.
 *
 * @param id unique among the mentions of one call (e.g. {@code 1_10ecbplus/m34})
 * @param span where it is in its document's text
 * @param text {@code span.quote(document.text())}; for a mention anchored on tokens that are not
 *     adjacent, the span and text run from its first token to its last
 * @param sentence the span of the sentence it is in
 */
public record CorefMention(String id, Span span, String text, Span sentence) {

  public CorefMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    requireArgument(
        text.length() == span.length(),
        "mention %s: text '%s' does not have the length of span %s",
        id,
        text,
        span);
  }
}
