package org.annalist.entities;

import java.util.Comparator;
import java.util.Objects;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

/**
 * One named-entity mention as the annotate stage found it.
 *
 * @param documentId the document the mention is in
 * @param span where the mention is in that document's text
 * @param text the mention's text exactly as it stands in the document
 * @param type its type
 * @param sentence the sentence around the mention, used as context; may be empty
 */
public record NameMention(
    String documentId, Span span, String text, EntityType type, String sentence) {

  /** A total order, so that results never depend on the order mentions arrive in. */
  static final Comparator<NameMention> ORDER = Comparator.comparing(NameMention::documentId)
      .thenComparing(NameMention::span)
      .thenComparing(NameMention::text)
      .thenComparing(NameMention::type)
      .thenComparing(NameMention::sentence);

  public NameMention {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sentence, "sentence");
  }

  boolean isPerson() {
    return type == EntityType.PERSON;
  }
}
