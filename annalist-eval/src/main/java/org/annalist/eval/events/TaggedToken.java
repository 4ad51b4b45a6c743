package org.annalist.eval.events;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A token with CoreNLP's part of speech and lemma.
 *
 * @param span where it is in the document's text
 * @param pos the Penn Treebank tag (e.g. {@code VBD}, {@code NN})
 * @param lemma CoreNLP's lemma (e.g. {@code kill} for {@code killed})
 */
public record TaggedToken(Span span, String pos, String lemma) {

  public TaggedToken {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
  }

  /** The same token with its span moved right by {@code offset}. */
  public TaggedToken shifted(int offset) {
    return new TaggedToken(Span.of(span.start() + offset, span.end() + offset), pos, lemma);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
