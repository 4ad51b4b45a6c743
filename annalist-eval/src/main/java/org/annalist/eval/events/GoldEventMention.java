package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * One gold mention.
 *
 * @param id unique within its corpus: the document id, {@code /m} and the markable id (e.g.
 *     {@code 1_10ecbplus/m34})
 * @param span from the start of its first anchored token to the end of its last
 * @param text {@code span.quote(document.text())}
 * @param sentence the index, in {@link EventText#sentences()}, of the sentence of its first token
 * @param cluster its gold coreference cluster: a cross-document instance id, a within-document
 *     chain id, or for a mention in neither its own id (a singleton)
 * @param tag the markable's element name (e.g. {@code ACTION_OCCURRENCE}, {@code EVENT_MENTION})
 */
public record GoldEventMention(
    String id, Span span, String text, int sentence, String cluster, String tag) {

  public GoldEventMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(tag, "tag");
    requireArgument(sentence >= 0, "mention %s: sentence index must be >= 0, was %s", id, sentence);
  }
}
