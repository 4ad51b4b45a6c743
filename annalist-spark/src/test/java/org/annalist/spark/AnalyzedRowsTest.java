package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.app.FileAnalysis;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** A file's analysis survives the trip through a row, provenance and all; so does a failure. */
class AnalyzedRowsTest {
  private static final String TEXT = "On 3 May 1999 the river rose. [REDACTED] left.";

  @Test
  void anAnalyzedDocumentComesBackWhole() {
    Document document = new Document(
        DocumentId.ofBytes(TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "/corpus/river.txt",
        "text/plain",
        TEXT,
        new DocumentMetadata("The river", null, LocalDate.of(1999, 5, 4), "UTF-8"));
    AnnotationLayer times = new AnnotationLayer(
        LayerName.of("time.timex"),
        List.of(new Annotation(
            Span.of(3, 13), "DATE 1999-05-03", new Provenance("time", "7", "run-a"))));
    AnnotationLayer masks = new AnnotationLayer(
        LayerName.of("clean.redaction"),
        List.of(
            new Annotation(
                Span.of(30, 40), "redaction-mark", new Provenance("clean", "2", "run-a")),
            new Annotation(
                Span.of(30, 40), "second-opinion", new Provenance("clean", "2", "run-b"))));
    AnnotatedDocument analyzed = AnnotatedDocument.of(document)
        .with(List.of(times, masks), DocumentFlags.of(Map.of(FlagName.REDACTED, 1)));

    FileAnalysis back =
        AnalyzedRows.analysis(AnalyzedRows.row(new FileAnalysis.Analyzed(analyzed)));

    assertThat(back).isInstanceOfSatisfying(FileAnalysis.Analyzed.class, a -> {
      assertThat(a.document().document()).isEqualTo(document);
      assertThat(a.document().flags()).isEqualTo(analyzed.flags());
      assertThat(a.document().layers()).isEqualTo(analyzed.layers());
    });
  }

  @Test
  void aDocumentWithoutMetadataOrLayersComesBack() {
    Document document = new Document(
        DocumentId.ofBytes(new byte[] {1}),
        "/corpus/a.txt",
        "text/plain",
        "",
        DocumentMetadata.EMPTY);

    FileAnalysis back = AnalyzedRows.analysis(
        AnalyzedRows.row(new FileAnalysis.Analyzed(AnnotatedDocument.of(document))));

    assertThat(((FileAnalysis.Analyzed) back).document().document()).isEqualTo(document);
    assertThat(((FileAnalysis.Analyzed) back).document().layers()).isEmpty();
  }

  @Test
  void aFailureComesBack() {
    FileAnalysis.Failed failed =
        new FileAnalysis.Failed("/corpus/b.pdf", "no-text", "no text in this PDF");

    assertThat(AnalyzedRows.analysis(AnalyzedRows.row(failed))).isEqualTo(failed);
  }
}
