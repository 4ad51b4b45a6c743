package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.LayerName;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.annalist.pipeline.EmptyMasks;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.junit.jupiter.api.Test;

/** What the stage stores, written through the layer keys in the format it has always had. */
class TimeLayersWrittenTest {
  private static final String EXPRESSIONS =
      "In late July 1941 and for three years after, and in the 470s BC. "
          + "Early in the spring of 1942, about 1910, at 4 a.m. on 2 July 1941, every year, for more than ten days, "
          + "in mid-September 1942, by the 1930s, that evening, in the summer of 1943 and now.";

  private static List<TemporalExpression> expressions() {
    return TemporalTagger.english().tag(EXPRESSIONS, TemporalContext.narrative(null));
  }

  @Test
  void anExpressionReadsBackFromItsStoredValue() {
    assertThat(expressions()).hasSizeGreaterThan(10);
    for (TemporalExpression expression : expressions()) {
      Timex stored = TimeLayers.TIMEX.decode(TimeLayers.TIMEX.encode(expression.timex()));
      assertThat(TemporalExpression.of(expression.span(), stored)).isEqualTo(expression);
    }
  }

  /** Before the layers had keys the stage wrote {@code TYPE VALUE [MOD]} by hand: the key writes the same. */
  @Test
  void anExpressionIsStoredAsTypeValueAndModifier() {
    for (TemporalExpression expression : expressions()) {
      String byHand = expression.type().name() + " " + expression.value()
          + (expression.mod() == null ? "" : " " + expression.mod().name());
      assertThat(TimeLayers.TIMEX.encode(expression.timex())).isEqualTo(byHand);
    }
    assertThat(TimeLayers.TIMEX.encode(expressions().get(0).timex())).isEqualTo("DATE 1941-07 END");
  }

  @Test
  void theStageStoresExpressionsRangesAndSentenceReferences() {
    String text =
        "The war went on. At the end of 1941 he wrote. Between May and July 1942 he sent two telegrams.";
    Document document = new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        "a.txt",
        "text/plain",
        text,
        DocumentMetadata.EMPTY);
    AnnotatedDocument analyzed = Pipeline.of(
            new EmptyMasks(), new TimeStage(AnchoringMode.NARRATIVE))
        .run(document, new RunContext("written"));

    assertThat(stored(analyzed, TimeStage.TIMEX))
        .containsExactly("DATE 1941 END", "DATE 1942-05", "DATE 1942-07");
    assertThat(stored(analyzed, TimeStage.RANGE)).containsExactly("1942-05/1942-07");
    assertThat(stored(analyzed, TimeStage.SENTENCE_REFERENCE))
        .containsExactly("none", "none", "DATE 1941 END");
  }

  private static List<String> stored(AnnotatedDocument analyzed, LayerName layer) {
    return analyzed.expectLayer(layer).annotations().stream()
        .map(Annotation::value)
        .toList();
  }
}
