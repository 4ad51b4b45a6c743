package org.annalist.eval.factuality;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Objects;

/**
 * A gold document: the text Annalist is given and the gold event mentions on it.
 *
 * @param id the document id
 * @param text the plain text; every mention's span lies in it
 * @param mentions the gold mentions with their attributes, in text order
 */
public record FactualityDocument(String id, String text, List<GoldFactuality> mentions) {
  public FactualityDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    for (GoldFactuality mention : mentions) {
      requireArgument(
          mention.span().fits(text.length()),
          "document %s: mention %s %s does not fit the text (length %s)",
          id,
          mention.id(),
          mention.span(),
          text.length());
    }
  }
}
