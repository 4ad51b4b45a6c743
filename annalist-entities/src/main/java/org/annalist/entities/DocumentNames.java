package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Span;

/**
 * Reads the name mentions of one annotated document as the resolver takes them: each with its
 * exact text and the sentence it stands in as context. A document without the mentions layer
 * has no names; a mention outside every sentence is its own context.
 */
public final class DocumentNames {
  private DocumentNames() {}

  /** The mentions of the document, in document order. */
  public static List<NameMention> mentions(AnnotatedDocument document, NameLayers layers) {
    List<NameMention> mentions = new ArrayList<>();
    if (!document.hasLayer(layers.mentions())) {
      return mentions;
    }
    List<Span> sentences = document.layer(layers.sentences()).map(layer -> layer.spans()).orElse(List.of());
    String id = document.document().id().value();
    String text = document.text();
    int next = 0;
    for (Annotation mention : document.expectLayer(layers.mentions()).annotations()) {
      while (next < sentences.size() && sentences.get(next).end() <= mention.span().start()) {
        next++;
      }
      Span sentence = next < sentences.size() && sentences.get(next).contains(mention.span())
          ? sentences.get(next) : mention.span();
      mentions.add(new NameMention(id, mention.span(), mention.span().quote(text), mention.value(),
          sentence.quote(text)));
    }
    return mentions;
  }
}
