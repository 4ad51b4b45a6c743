package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void refusesAnAnchorOnAMissingToken() {
    assertThatThrownBy(() -> TokenText.join(TOKENS).cover(List.of(3, 99)))
        .hasMessage("token_anchor t_id=99 names no token");
  }
}
