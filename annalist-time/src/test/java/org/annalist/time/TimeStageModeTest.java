package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.pipeline.EmptyMasks;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.junit.jupiter.api.Test;

/** The anchoring mode the stage is given overrides the one it would choose, and is part of its version. */
class TimeStageModeTest {
  private static final RunContext RUN = new RunContext("mode");
  /** Years long before the publication date: the stage would choose narrative. */
  private static final String TEXT = "On 1 June 1941 the war began. On Monday the army moved.";

  private static final LocalDate PUBLISHED = LocalDate.of(2009, 6, 3);

  private static String monday(Stage stage) {
    Document document = new Document(
        DocumentId.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8)),
        "a.txt",
        "text/plain",
        TEXT,
        new DocumentMetadata(null, null, PUBLISHED, null));
    AnnotatedDocument analyzed = Pipeline.of(new EmptyMasks(), stage).run(document, RUN);
    return analyzed.layer(TimeStage.TIMEX).orElseThrow().annotations().stream()
        .filter(a -> a.span().quote(TEXT).equals("Monday"))
        .map(Annotation::value)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aGivenModeOverridesTheChosenOne() {
    assertThat(monday(new TimeStage())).isEqualTo("DATE 1941-06-02");
    assertThat(monday(new TimeStage(AnchoringMode.NARRATIVE))).isEqualTo("DATE 1941-06-02");
    assertThat(monday(new TimeStage(AnchoringMode.NEWS))).isEqualTo("DATE 2009-06-01");
  }

  @Test
  void theModeIsPartOfTheVersionSoAStoreIsAnalyzedAgainWhenItChanges() {
    assertThat(new TimeStage().version()).isEqualTo(new TimeStage(null).version());
    assertThat(new TimeStage(AnchoringMode.NEWS).version())
        .isEqualTo(new TimeStage().version() + "-news");
    assertThat(new TimeStage(AnchoringMode.NARRATIVE).version())
        .isEqualTo(new TimeStage().version() + "-narrative");
  }
}
