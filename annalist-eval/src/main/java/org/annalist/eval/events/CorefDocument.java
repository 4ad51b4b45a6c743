package org.annalist.eval.events;

import java.util.List;
import java.util.Objects;

/**
 * One document and the mentions in it that a coreference system is to cluster.
 *
 * @param document the document's text, tokens and sentences
 * @param mentions its mentions in text order; each mention's text is the text its span covers
 */
public record CorefDocument(EventText document, List<CorefMention> mentions) {

  public CorefDocument {
    Objects.requireNonNull(document, "document");
    mentions = List.copyOf(mentions);
    mentions.forEach(
        mention -> document.requireCovers(mention.id(), mention.span(), mention.text()));
  }
}
