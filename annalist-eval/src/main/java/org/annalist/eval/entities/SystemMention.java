package org.annalist.eval.entities;

import java.util.Objects;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

/**
 * A name the system found, as the scorers see it.
 *
 * @param span where it is in the gold document's text
 * @param text the text under the span
 * @param type its type
 * @param entity the id of the entity the resolver put it in
 * @param tagged true if the NER model found it; false if the resolver took an untagged run of
 *     proper nouns for a name
 */
public record SystemMention(
    Span span, String text, EntityType type, String entity, boolean tagged) {

  public SystemMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
  }
}
