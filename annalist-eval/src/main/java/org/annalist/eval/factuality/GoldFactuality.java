package org.annalist.eval.factuality;

import java.util.Map;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * One gold event mention with its attributes, already in the values of {@link Attribute}.
 *
 * @param id unique within its corpus: the document id, {@code /} and the mention's id
 * @param span its words in the document's text
 * @param pos its part of speech as the gold gives it ({@code VERB}, {@code NOUN}, ...), or
 *     {@code ?} when the gold gives none
 * @param values the gold value of each attribute the corpus annotates for it; an attribute the
 *     annotators left empty is absent, one they left open is {@link Attribute#UNDERSPECIFIED}
 */
public record GoldFactuality(String id, Span span, String pos, Map<Attribute, String> values) {
  public GoldFactuality {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(pos, "pos");
    values = Map.copyOf(values);
  }
}
