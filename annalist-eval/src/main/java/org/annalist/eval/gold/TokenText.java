package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A document text rebuilt from its tokens: tokens in sentence order and, within a sentence, in
 * {@code number} order (MEANTIME numbers tokens through the document, ECB+ from 0 in each
 * sentence), one space between tokens of the same sentence, one newline between sentences,
 * nothing before the first token or after the last. Token texts are kept exactly as the XML
 * gives them (e.g. {@code ``}).
 */
public final class TokenText {
  private final String text;
  private final Map<Integer, Span> spansById;
  private final Map<Integer, Integer> sentenceById;
  private final List<CatDocument.Token> tokens;

  private TokenText(
      String text,
      Map<Integer, Span> spansById,
      Map<Integer, Integer> sentenceById,
      List<CatDocument.Token> tokens) {
    this.text = text;
    this.spansById = spansById;
    this.sentenceById = sentenceById;
    this.tokens = tokens;
  }

  public static TokenText join(List<CatDocument.Token> unordered) {
    List<CatDocument.Token> tokens = unordered.stream()
        .sorted(Comparator.comparingInt(CatDocument.Token::sentence)
            .thenComparingInt(CatDocument.Token::number))
        .toList();
    StringBuilder text = new StringBuilder();
    Map<Integer, Span> spans = new HashMap<>();
    Map<Integer, Integer> sentences = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      CatDocument.Token token = tokens.get(i);
      if (i > 0) {
        text.append(token.sentence() == tokens.get(i - 1).sentence() ? ' ' : '\n');
      }
      int start = text.length();
      text.append(token.text());
      Span previous = spans.put(token.id(), Span.of(start, text.length()));
      requireArgument(previous == null, "token t_id=%s appears twice", token.id());
      sentences.put(token.id(), token.sentence());
    }
    return new TokenText(text.toString(), spans, sentences, tokens);
  }

  public String text() {
    return text;
  }

  /** The span from the first to the last of the tokens (a gap between them would be covered). */
  public Span cover(List<Integer> tokenIds) {
    requireArgument(!tokenIds.isEmpty(), "no tokens to cover");
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int id : tokenIds) {
      Span token = spansById.get(id);
      requireArgument(token != null, "token_anchor t_id=%s names no token", id);
      start = Math.min(start, token.start());
      end = Math.max(end, token.end());
    }
    return Span.of(start, end);
  }

  /** Where the first token of the first sentence numbered {@code sentence} or more starts. */
  OptionalInt startOfSentence(int sentence) {
    return tokens.stream()
        .filter(token -> token.sentence() >= sentence)
        .mapToInt(token -> spanOf(token).start())
        .findFirst();
  }

  /** The span of the tokens of sentences {@code first} to {@code last}, if any. */
  Optional<Span> sentences(int first, int last) {
    List<Span> covered = tokens.stream()
        .filter(token -> token.sentence() >= first && token.sentence() <= last)
        .map(this::spanOf)
        .toList();
    return covered.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Span.of(covered.get(0).start(), covered.get(covered.size() - 1).end()));
  }

  /** The span of one of this text's tokens: {@link #join} gave each of them one. */
  private Span spanOf(CatDocument.Token token) {
    return Objects.requireNonNull(spansById.get(token.id()), "join gives every token its span");
  }

  /** The sentence numbers of the tokens. */
  public List<Integer> sentencesOf(List<Integer> tokenIds) {
    return tokenIds.stream()
        .map(id -> {
          @Nullable Integer sentence = sentenceById.get(id);
          requireArgument(sentence != null, "token_anchor t_id=%s names no token", id);
          return sentence;
        })
        .toList();
  }

  /** The span of every token, in text order. */
  public List<Span> tokenSpans() {
    return tokens.stream().map(token -> spansById.get(token.id())).toList();
  }

  /** Each sentence number, in text order, with the span from its first token to its last. */
  public Map<Integer, Span> sentenceSpans() {
    Map<Integer, Span> sentences = new LinkedHashMap<>();
    for (CatDocument.Token token : tokens) {
      Span span = spansById.get(token.id());
      sentences.merge(token.sentence(), span, (first, next) -> Span.of(first.start(), next.end()));
    }
    return Collections.unmodifiableMap(sentences);
  }
}
