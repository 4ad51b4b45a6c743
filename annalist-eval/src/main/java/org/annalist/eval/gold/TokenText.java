package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.model.Span;

/**
 * A document text rebuilt from its tokens: tokens in {@code number} order, one space between
 * tokens of the same sentence, one newline between sentences, nothing before the first token
 * or after the last. Token texts are kept exactly as the XML gives them (e.g. {@code ``}).
 */
final class TokenText {
  private final String text;
  private final Map<Integer, Span> spansById;
  private final List<CatDocument.Token> tokens;

  private TokenText(String text, Map<Integer, Span> spansById, List<CatDocument.Token> tokens) {
    this.text = text;
    this.spansById = spansById;
    this.tokens = tokens;
  }

  static TokenText join(List<CatDocument.Token> unordered) {
    List<CatDocument.Token> tokens = unordered.stream().sorted(Comparator.comparingInt(CatDocument.Token::number)).toList();
    StringBuilder text = new StringBuilder();
    Map<Integer, Span> spans = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      CatDocument.Token token = tokens.get(i);
      if (i > 0) {
        text.append(token.sentence() == tokens.get(i - 1).sentence() ? ' ' : '\n');
      }
      int start = text.length();
      text.append(token.text());
      Span previous = spans.put(token.id(), Span.of(start, text.length()));
      requireArgument(previous == null, "token t_id=%s appears twice", token.id());
    }
    return new TokenText(text.toString(), spans, tokens);
  }

  String text() {
    return text;
  }

  /** The span from the first to the last of the tokens (a gap between them would be covered). */
  Span cover(List<Integer> tokenIds) {
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
        .mapToInt(token -> spansById.get(token.id()).start())
        .findFirst();
  }

  /** The span of the tokens of sentences {@code first} to {@code last}, if any. */
  Optional<Span> sentences(int first, int last) {
    List<Span> covered = tokens.stream()
        .filter(token -> token.sentence() >= first && token.sentence() <= last)
        .map(token -> spansById.get(token.id()))
        .toList();
    return covered.isEmpty() ? Optional.empty()
        : Optional.of(Span.of(covered.get(0).start(), covered.get(covered.size() - 1).end()));
  }

  /** The sentence numbers of the tokens. */
  List<Integer> sentencesOf(List<Integer> tokenIds) {
    Map<Integer, Integer> sentenceById = new HashMap<>();
    tokens.forEach(token -> sentenceById.put(token.id(), token.sentence()));
    return tokenIds.stream().map(sentenceById::get).toList();
  }
}
