package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.eval.NarrativeDrift.Step;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class NarrativeDriftTest {
  private static GoldTimex gold(String text, String words, String value) {
    int start = text.indexOf(words);
    return new GoldTimex(words, Span.of(start, start + words.length()), words, value, null, null);
  }

  @Test
  void eachLaterDateIsAStepFromTheLastOneTold() {
    String text =
        "In March 1920 the army rose. It marched. It fought. On 10 April 1920 it won. In 1921 peace came, in 1921.";
    GoldDocument document = new GoldDocument(
        "d",
        text,
        LocalDate.of(2009, 12, 19),
        List.of(
            gold(text, "March 1920", "1920-03"),
            gold(text, "10 April 1920", "1920-04-10"),
            gold(text, "1921", "1921")),
        List.of());

    assertThat(NarrativeDrift.steps(document))
        .containsExactly(new Step(3, 10, true), new Step(1, 266, true));
  }

  @Test
  void printsPercentilesByPrecisionAndDistance() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NarrativeDrift.print(
        List.of(new Step(1, 4, true), new Step(2, 50, true), new Step(7, 400, false)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("day/month  1-2            2     50     50     50")
        .contains("coarser    6-10           1    400    400    400");
    assertThat(NarrativeDrift.percentile(List.of(1L, 2L, 3L, 4L), 0.5)).isEqualTo(3);
  }
}
