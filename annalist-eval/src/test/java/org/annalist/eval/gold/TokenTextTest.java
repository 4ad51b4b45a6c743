package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class TokenTextTest {
  private static final List<CatDocument.Token> TOKENS = List.of(
      new CatDocument.Token(1, 0, 0, "GM"), new CatDocument.Token(2, 0, 1, "sales"),
      new CatDocument.Token(3, 1, 2, "March"), new CatDocument.Token(4, 1, 3, "06"),
      new CatDocument.Token(5, 1, 4, ","), new CatDocument.Token(6, 1, 5, "2008"),
      new CatDocument.Token(7, 2, 6, "``"), new CatDocument.Token(8, 2, 7, "Today"));

  @Test
  void joinsTokensWithSpacesAndSentencesWithNewlines() {
    TokenText text = TokenText.join(reversed());

    assertThat(text.text()).isEqualTo("GM sales\nMarch 06 , 2008\n`` Today");
    assertThat(text.cover(List.of(3, 4, 5, 6))).isEqualTo(Span.of(9, 24));
    assertThat(text.cover(List.of(8)).quote(text.text())).isEqualTo("Today");
    assertThat(text.startOfSentence(2)).hasValue(25);
    assertThat(text.startOfSentence(3)).isEmpty();
  }

  private static List<CatDocument.Token> reversed() {
    List<CatDocument.Token> tokens = new ArrayList<>(TOKENS);
    Collections.reverse(tokens);
    return tokens;
  }

  /** ECB+ numbers tokens from 0 in every sentence; sentence order comes first. */
  @Test
  void ordersBySentenceThenNumberAndGivesTokenAndSentenceSpans() {
    List<CatDocument.Token> ecbStyle = List.of(
        new CatDocument.Token(3, 1, 0, "She"), new CatDocument.Token(4, 1, 1, "left"),
        new CatDocument.Token(1, 0, 0, "Reid"), new CatDocument.Token(2, 0, 1, "checked"));

    TokenText text = TokenText.join(ecbStyle);

    assertThat(text.text()).isEqualTo("Reid checked\nShe left");
    assertThat(text.tokenSpans())
        .containsExactly(Span.of(0, 4), Span.of(5, 12), Span.of(13, 16), Span.of(17, 21));
    assertThat(text.sentenceSpans())
        .containsExactly(entry(0, Span.of(0, 12)), entry(1, Span.of(13, 21)));
    assertThat(text.sentencesOf(List.of(4, 2))).containsExactly(1, 0);
  }

  @Test
  void refusesAnAnchorOnAMissingToken() {
    assertThatThrownBy(() -> TokenText.join(TOKENS).cover(List.of(3, 99)))
        .hasMessage("token_anchor t_id=99 names no token");
  }
}
