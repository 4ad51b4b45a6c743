package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotatedDocumentTest {
  private static final Provenance BY_TEST = new Provenance("test", "1", "run-1");
  private static final String TEXT = "Menu\nStalin met ** in Moscow.\nMenu\n";
  private static final Document DOCUMENT = new Document(
      DocumentId.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8)),
      "d.txt",
      "text/plain",
      TEXT,
      DocumentMetadata.EMPTY);

  @Test
  void addingLayersReturnsANewInstanceAndLeavesTheOldOneAlone() {
    AnnotatedDocument empty = AnnotatedDocument.of(DOCUMENT);
    AnnotationLayer boilerplate = AnnotationLayer.builder(Layers.BOILERPLATE, DOCUMENT, BY_TEST)
        .add(0, 5, "repeated-line")
        .add(30, 35, "repeated-line")
        .build();

    AnnotatedDocument cleaned =
        empty.with(List.of(boilerplate), DocumentFlags.of(Map.of(FlagName.BOILERPLATE_REMOVED, 2)));

    assertThat(empty.layers()).isEmpty();
    assertThat(empty.flags()).isEqualTo(DocumentFlags.NONE);
    assertThat(cleaned.expectLayer(Layers.BOILERPLATE).size()).isEqualTo(2);
    assertThat(cleaned.flags().count(FlagName.of("boilerplate-removed"))).isEqualTo(2);
  }

  @Test
  void readableTextSkipsEveryMaskLayer() {
    AnnotationLayer boilerplate = AnnotationLayer.builder(Layers.BOILERPLATE, DOCUMENT, BY_TEST)
        .add(0, 5, "repeated-line")
        .add(30, 35, "repeated-line")
        .build();
    AnnotationLayer redaction = AnnotationLayer.builder(Layers.REDACTION, DOCUMENT, BY_TEST)
        .add(16, 18, "masked-name")
        .build();
    AnnotatedDocument cleaned =
        AnnotatedDocument.of(DOCUMENT).with(List.of(boilerplate, redaction), DocumentFlags.NONE);

    assertThat(cleaned.readableText().spans())
        .extracting(span -> span.quote(TEXT))
        .containsExactly("Stalin met ", " in Moscow.\n");
  }

  @Test
  void maskedTextBlanksMasksAndKeepsOffsets() {
    AnnotationLayer boilerplate = AnnotationLayer.builder(Layers.BOILERPLATE, DOCUMENT, BY_TEST)
        .add(0, 5, "repeated-line")
        .build();
    AnnotationLayer redaction = AnnotationLayer.builder(Layers.REDACTION, DOCUMENT, BY_TEST)
        .add(16, 18, "asterisks")
        .build();
    AnnotatedDocument cleaned =
        AnnotatedDocument.of(DOCUMENT).with(List.of(boilerplate, redaction), DocumentFlags.NONE);

    assertThat(cleaned.maskedText())
        .hasSameSizeAs(TEXT)
        .isEqualTo("     Stalin met    in Moscow.\nMenu\n");
  }

  @Test
  void refusesALayerTwiceAndALayerThatDoesNotFit() {
    AnnotationLayer layer = AnnotationLayer.empty(Layers.REDACTION);
    AnnotatedDocument once =
        AnnotatedDocument.of(DOCUMENT).with(List.of(layer), DocumentFlags.NONE);
    assertThatThrownBy(() -> once.with(List.of(layer), DocumentFlags.NONE))
        .hasMessageContaining("layer clean.redaction is already present");

    AnnotationLayer tooLong = new AnnotationLayer(
        Layers.BOILERPLATE, List.of(new Annotation(Span.of(0, 99), "x", BY_TEST)));
    assertThatThrownBy(
            () -> AnnotatedDocument.of(DOCUMENT).with(List.of(tooLong), DocumentFlags.NONE))
        .hasMessageContaining("annotation [0, 99) does not fit a text of length " + TEXT.length());
  }

  @Test
  void expectLayerNamesWhatIsMissing() {
    assertThatThrownBy(() -> AnnotatedDocument.of(DOCUMENT).expectLayer(Layers.BOILERPLATE))
        .hasMessageContaining("has no layer clean.boilerplate");
  }

  @Test
  void flagsMustBeHyphenatedLowerCaseWords() {
    assertThatThrownBy(() -> FlagName.of("Machine Translation"))
        .hasMessageContaining("was 'Machine Translation'");
  }

  @Test
  void flagsCountAtLeastOnceAndAreStoredByName() {
    assertThatThrownBy(() -> DocumentFlags.of(Map.of(FlagName.REDACTED, 0)))
        .hasMessageContaining("redacted");
    DocumentFlags flags =
        DocumentFlags.of(Map.of(FlagName.REDACTED, 2, FlagName.BOILERPLATE_REMOVED, 1));
    assertThat(flags.countsByName())
        .containsExactly(Map.entry("boilerplate-removed", 1), Map.entry("redacted", 2));
  }
}
