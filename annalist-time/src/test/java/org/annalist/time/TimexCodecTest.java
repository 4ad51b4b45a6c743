package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class TimexCodecTest {

  @Test
  void anExpressionReadsBackFromItsAnnotationValue() {
    String text = "In late July 1941 and for three years after, and in the 470s BC.";
    List<TemporalExpression> found = TemporalTagger.english().tag(text, TemporalContext.narrative(null));
    assertThat(found).hasSize(3);
    for (TemporalExpression expression : found) {
      assertThat(TimexCodec.decode(expression.span(), TimexCodec.encode(expression))).contains(expression);
    }
    assertThat(TimexCodec.encode(found.get(0))).isEqualTo("DATE 1941-07 END");
  }

  @Test
  void aMalformedValueReadsAsNothing() {
    assertThat(TimexCodec.decode(Span.of(0, 1), "DATE")).isEmpty();
    assertThat(TimexCodec.decode(Span.of(0, 1), "WHEN 1941")).isEmpty();
    assertThat(TimexCodec.decode(Span.of(0, 1), "DATE 1941 SOMETIME")).isEmpty();
  }
}
