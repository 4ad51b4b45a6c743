package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {
  @Test
  void straightQuotesPairInTurnAndCurlyOnesByDirection() {
    String text = "He said \"go\" and \u201cstay\u201d.";
    Quotations quotations = Quotations.of(text);

    assertThat(quotations.passages())
        .extracting(span -> span.quote(text))
        .containsExactly("go", "stay");
    assertThat(quotations.quotes(text.indexOf("go"))).isTrue();
    assertThat(quotations.quotes(text.indexOf("and"))).isFalse();
  }

  @Test
  void aMarkLeftOpenAtTheEndOfItsLinePairsWithNothing() {
    String text = "\"In 1850 the mill was built.\nHe said: \"Then rest.\"";
    Quotations quotations = Quotations.of(text);

    assertThat(quotations.passages())
        .containsExactly(Span.of(text.indexOf("Then"), text.length() - 1));
    assertThat(quotations.quotes(text.indexOf("1850"))).isFalse();
  }

  @Test
  void typewriterQuotesPairLikeCurlyOnes() {
    String text = "``We agree,'' she said.";
    assertThat(Quotations.of(text).passages())
        .extracting(span -> span.quote(text))
        .containsExactly("We agree,");
  }

  @Test
  void singleQuotesAndApostrophesAreNotQuotations() {
    assertThat(Quotations.of("It's the 'old' way, isn’t it").passages()).isEmpty();
  }
}
