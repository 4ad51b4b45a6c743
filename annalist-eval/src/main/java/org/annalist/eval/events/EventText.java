package org.annalist.eval.events;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * One document as an event system is given it: its plain text and where its tokens and
 * sentences are. For the gold corpora the text is rebuilt from the gold tokens (one space
 * between tokens, one newline between sentences), so the token spans are the annotators' tokens.
 *
 * @param id the document id (e.g. {@code 1_10ecbplus}, {@code 100911})
 * @param text the plain text; every span is a UTF-16 offset range into it
 * @param tokens the token spans in text order
 * @param sentences the sentence spans in text order, each from its first token to its last
 */
public record EventText(String id, String text, List<Span> tokens, List<Span> sentences) {

  public EventText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    for (Span span : tokens) {
      requireArgument(
          span.fits(text.length()),
          "document %s: token %s does not fit the text (length %s)",
          id,
          span,
          text.length());
    }
    for (Span span : sentences) {
      requireArgument(
          span.fits(text.length()),
          "document %s: sentence %s does not fit the text (length %s)",
          id,
          span,
          text.length());
    }
  }

  /** Checks that a mention's span fits the text and covers exactly the mention's text. */
  public void requireCovers(String mentionId, Span span, String mentionText) {
    requireArgument(
        span.fits(text.length()) && span.quote(text).equals(mentionText),
        "document %s: mention %s %s does not cover its text '%s'",
        id,
        mentionId,
        span,
        mentionText);
  }

  /** The tokens that lie inside the span, in text order. */
  public List<Span> tokensIn(Span span) {
    return tokens.stream().filter(span::contains).toList();
  }
}
