package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeStartAndEndBeforeStartWithTheValues() {
    assertThatThrownBy(() -> Span.of(-1, 3)).hasMessage("span start must be >= 0, was -1");
    assertThatThrownBy(() -> Span.of(5, 4)).hasMessage("span end must be >= start (5), was 4");
  }

  @Test
  void quotesExactlyTheCodeUnitsItCoversIncludingSurrogatePairs() {
    String text = "Mao 😀 met";
    assertThat(Span.of(4, 6).quote(text)).isEqualTo("😀");
    assertThat(Span.of(0, 3).quote(text)).isEqualTo("Mao");
    assertThatThrownBy(() -> Span.of(0, 11).quote(text))
        .hasMessage("span [0, 11) does not fit a text of length 10");
  }

  @Test
  void documentMakesOnlySpansThatFitItsText() {
    Document document = new Document(
        DocumentId.ofBytes("abc".getBytes(StandardCharsets.UTF_8)),
        "a.txt",
        "text/plain",
        "abc",
        DocumentMetadata.EMPTY);
    assertThat(document.quote(document.span(1, 3))).isEqualTo("bc");
    assertThatThrownBy(() -> document.span(2, 4)).hasMessageContaining("does not fit document");
  }

  @Test
  void overlapAndContainmentAreHalfOpen() {
    assertThat(Span.of(0, 3).overlaps(Span.of(3, 5))).isFalse();
    assertThat(Span.of(0, 4).overlaps(Span.of(3, 5))).isTrue();
    assertThat(Span.of(0, 5).contains(Span.of(3, 5))).isTrue();
    assertThat(Span.of(0, 5).contains(5)).isFalse();
  }
}
