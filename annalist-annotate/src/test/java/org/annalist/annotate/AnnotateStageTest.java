package org.annalist.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.Layers;
import org.annalist.model.Provenance;
import org.annalist.pipeline.EmptyMasks;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.testsupport.TestDocuments;
import org.junit.jupiter.api.Test;

class AnnotateStageTest {
  private static final RunContext RUN = new RunContext("test");
  private static final Provenance CLEAN = new Provenance("clean", "1", "test");

  @Test
  void findsNamesAsMentionsWithOffsetsIntoTheDocumentAndSkipsPronouns() {
    String text =
        "Stalin sent a telegram to Mao Zedong in Yan'an.\n\nHe asked the Eighth Route Army for help.";
    AnnotatedDocument result = annotate(TestDocuments.of(text), List.of(), List.of());

    Map<String, String> mentions = mentions(result);
    assertThat(mentions).containsEntry("Stalin", "PERSON").containsEntry("Mao Zedong", "PERSON");
    assertThat(mentions).doesNotContainKey("He");
    assertThat(result.expectLayer(AnnotateStage.SENTENCES).size()).isEqualTo(2);
    Annotation sent = result.expectLayer(AnnotateStage.TOKENS).annotations().get(1);
    assertThat(sent.span().quote(text)).isEqualTo("sent");
    assertThat(sent.value()).isEqualTo("VBD send");
  }

  @Test
  void givesEachTokenItsDependencyRelationAndHeadByOffset() {
    String text = "Stalin sent a telegram to Mao.";
    AnnotatedDocument result = annotate(TestDocuments.of(text), List.of(), List.of());

    Map<String, String> relations =
        result.expectLayer(AnnotateStage.DEPENDENCIES).annotations().stream()
            .collect(Collectors.toMap(a -> a.span().quote(text), Annotation::value));
    int sent = text.indexOf("sent");
    assertThat(relations)
        .containsEntry("sent", "root")
        .containsEntry("Stalin", "nsubj " + sent)
        .containsEntry("telegram", "obj " + sent)
        .containsEntry("Mao", "obl " + sent);
    assertThat(result.expectLayer(AnnotateStage.DEPENDENCIES).spans())
        .isEqualTo(result.expectLayer(AnnotateStage.TOKENS).spans());
  }

  @Test
  void aSentenceTooLongToTagIsTokenizedButNeitherTaggedRecognizedNorParsed() {
    String runOn =
        "Stalin sent a telegram to Mao and ".repeat(CoreNlpModels.MAX_SENTENCE_TOKENS / 7 + 1)
            + "waited.\n\nStalin sent a telegram to Mao.";
    AnnotatedDocument result = annotate(TestDocuments.of(runOn), List.of(), List.of());

    assertThat(result.expectLayer(AnnotateStage.SENTENCES).size()).isEqualTo(2);
    int secondSentence = runOn.lastIndexOf("Stalin");
    assertThat(result.expectLayer(AnnotateStage.DEPENDENCIES).spans())
        .allMatch(span -> span.start() >= secondSentence)
        .isNotEmpty();
    assertThat(result.expectLayer(AnnotateStage.MENTIONS).spans())
        .allMatch(span -> span.start() >= secondSentence)
        .isNotEmpty();
    assertThat(result.expectLayer(AnnotateStage.TOKENS).annotations())
        .filteredOn(token -> token.span().start() < secondSentence)
        .hasSizeGreaterThan(CoreNlpModels.MAX_SENTENCE_TOKENS)
        .allMatch(token -> token.value().startsWith("X "));
  }

  @Test
  void readsNeitherBoilerplateNorRedactions() {
    String text = "Related Pages Moscow Times\nIn July 1941, ** telegraphed Stalin.\n";
    Document document = TestDocuments.of(text);
    int chrome = text.indexOf('\n');
    int redaction = text.indexOf("**");
    AnnotatedDocument result = annotate(
        document, List.of(new int[] {0, chrome}), List.of(new int[] {redaction, redaction + 2}));

    assertThat(mentions(result)).containsOnlyKeys("Stalin");
    assertThat(result.expectLayer(AnnotateStage.TOKENS).spans())
        .allMatch(span -> span.start() > chrome && !span.quote(text).contains("*"));
  }

  private static AnnotatedDocument annotate(
      Document document, List<int[]> boilerplate, List<int[]> redactions) {
    AnnotationLayer.Builder chrome = AnnotationLayer.builder(Layers.BOILERPLATE, document, CLEAN);
    boilerplate.forEach(span -> chrome.add(span[0], span[1], "web-chrome"));
    AnnotationLayer.Builder marks = AnnotationLayer.builder(Layers.REDACTION, document, CLEAN);
    redactions.forEach(span -> marks.add(span[0], span[1], "asterisks"));
    AnnotatedDocument cleaned = AnnotatedDocument.of(document)
        .with(List.of(chrome.build(), marks.build()), DocumentFlags.NONE);
    return cleaned.with(new AnnotateStage().apply(cleaned, RUN).layers(), DocumentFlags.NONE);
  }

  private static Map<String, String> mentions(AnnotatedDocument result) {
    return result.expectLayer(AnnotateStage.MENTIONS).annotations().stream()
        .collect(
            Collectors.toMap(a -> a.span().quote(result.text()), Annotation::value, (a, b) -> a));
  }

  @Test
  void runsInThePipelineAfterTheMasks() {
    assertThat(Pipeline.of(new EmptyMasks(), new AnnotateStage()).fingerprint())
        .contains("annotate@1/corenlp");
  }
}
