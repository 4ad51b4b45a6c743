package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Document;
import org.annalist.model.Layers;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.StageOutput;
import org.annalist.testsupport.TestDocuments;

/**
 * Fuzz test (Jazzer): the cleaning stage on any text does not throw, marks boilerplate and
 * redactions only inside the text, never marks blank text as a redaction, and gives the same
 * layers twice. Under {@code ./mvnw verify} it replays its inputs
 * in {@code src/test/resources/org/annalist/clean/CleanStageFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} it fuzzes (docs/RELIABILITY.md).
 */
class CleanStageFuzzTest {
  private static final RunContext RUN = new RunContext("fuzz");

  @FuzzTest
  void marksAnyTextWithinItDeterministically(FuzzedDataProvider data) {
    Document document = TestDocuments.of(data.consumeRemainingAsString());
    CleanStage stage = new CleanStage();

    StageOutput output = stage.apply(AnnotatedDocument.of(document), RUN);

    assertThat(output.layers())
        .allSatisfy(layer -> assertThat(layer.spans())
            .allMatch(span -> span.end() <= document.text().length()));
    output.layers().stream()
        .filter(layer -> layer.name().equals(Layers.REDACTION))
        .flatMap(layer -> layer.spans().stream())
        .forEach(
            span -> assertThat(span.quote(document.text())).as("a redaction").isNotBlank());
    assertThat(stage.apply(AnnotatedDocument.of(document), RUN).layers())
        .isEqualTo(output.layers());
  }
}
