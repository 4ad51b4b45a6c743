package org.annalist.entities;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A run of proper nouns that the named-entity model did not tag ("Zhou En", "Comintern"). The
 * resolver takes it for a name only when a strict rule ties it to a tagged name or to another
 * untagged one ({@link UntaggedNameRule}); otherwise it is dropped.
 *
 * @param documentId the document it is in
 * @param span where it is in that document's text
 * @param text its text exactly as it stands in the document
 * @param sentence its context, as for {@link NameMention#sentence()}
 */
public record UntaggedName(String documentId, Span span, String text, String sentence) {

  public UntaggedName {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
  }
}
