package org.annalist.eval.events;

import java.util.Objects;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * An event mention found by a system.
 *
 * @param span where it is, as UTF-16 offsets into the document's text
 * @param trigger the trigger's lemma or text if the system has one, for reports; not scored
 */
public record SystemEventMention(Span span, @Nullable String trigger) {

  public SystemEventMention {
    Objects.requireNonNull(span, "span");
  }
}
