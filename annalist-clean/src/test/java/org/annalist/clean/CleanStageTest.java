package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.FlagName;
import org.annalist.model.Layers;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.StageOutput;
import org.junit.jupiter.api.Test;

class CleanStageTest {
  private static final RunContext RUN = new RunContext("test-run");
  private final CleanStage stage = new CleanStage();

  private static AnnotatedDocument run(Document document) {
    return Pipeline.of(new CleanStage()).run(document, RUN);
  }

  private static List<String> quotes(AnnotatedDocument result, String layerValue) {
    return result.expectLayer(Layers.BOILERPLATE).annotations().stream()
        .filter(annotation -> annotation.value().equals(layerValue))
        .map(annotation -> annotation.span().quote(result.text()))
        .toList();
  }

  @Test
  void declaresItsNameVersionAndLayers() {
    assertThat(stage.name()).isEqualTo("clean");
    assertThat(stage.version()).isEqualTo("1");
    assertThat(stage.requires()).isEmpty();
    assertThat(stage.produces()).containsExactlyInAnyOrder(Layers.BOILERPLATE, Layers.REDACTION);
  }

  @Test
  void marksEachKindOfBoilerplateOnAWebPage() {
    AnnotatedDocument result = run(SampleTexts.plain(SampleTexts.WEB_PAGE));

    assertThat(quotes(result, "web-chrome"))
        .containsExactly(
            "Home > History > Engineering",
            "Share this article",
            "Related Posts",
            "Copyright © 2021 Daily Chronicle. All rights reserved.");
    assertThat(quotes(result, "byline")).containsExactly("Daily Chronicle Updated on 2021-03-03");
    assertThat(quotes(result, "repeated-line"))
        .containsExactly(SampleTexts.CAPTION, SampleTexts.CAPTION, SampleTexts.CAPTION);
    assertThat(quotes(result, "caption-label"))
        .containsExactly("Riveting Crews", "The Cranes", "Opening Day");
    assertThat(result.flags().count(FlagName.BOILERPLATE_REMOVED)).isEqualTo(11);
    assertThat(result.flags().count(FlagName.REDACTED)).isEqualTo(1);
  }

  @Test
  void theQuoteOfAMarkedSpanIsTheLineTextExactlyWithoutItsTerminator() {
    String text = "  Related Posts  \r\nA sentence of the story.\r\n";

    AnnotatedDocument result = run(SampleTexts.plain(text));

    Annotation chrome = result.expectLayer(Layers.BOILERPLATE).annotations().get(0);
    assertThat(chrome.span().quote(text)).isEqualTo("  Related Posts  ");
    assertThat(result.expectLayer(Layers.BOILERPLATE).size()).isEqualTo(1);
  }

  @Test
  void handlesCrLfLineEndsAndCountsRedactions() {
    AnnotatedDocument result = run(SampleTexts.plain(SampleTexts.CENSORED_CRLF));

    assertThat(result.expectLayer(Layers.REDACTION).annotations())
        .extracting(a -> a.span().quote(result.text()), Annotation::value)
        .containsExactly(tuple("***", "asterisks"), tuple("**", "asterisks"));
    assertThat(result.flags().count(FlagName.REDACTED)).isEqualTo(2);
    assertThat(result.expectLayer(Layers.BOILERPLATE).isEmpty()).isTrue();
    assertThat(result.flags().has(FlagName.BOILERPLATE_REMOVED)).isFalse();
  }

  @Test
  void offsetsAreUtf16UnitsAroundSurrogatePairs() {
    String text = SampleTexts.SURROGATES;

    AnnotatedDocument result = run(SampleTexts.plain(text));

    assertThat(quotes(result, "byline"))
        .containsExactly("Reader Weekly 😀 2022/10/1809:30:00 culture 512");
    assertThat(quotes(result, "web-chrome"))
        .containsExactly("Tap the screen to open the reading menu", "You may also like");
    int stars = text.indexOf("***");
    assertThat(result.expectLayer(Layers.REDACTION).spans())
        .extracting(span -> span.start())
        .containsExactly(stars);
  }

  @Test
  void aRedactionInsideABoilerplateLineIsStillARedaction() {
    AnnotatedDocument result = run(SampleTexts.plain("Share this article by **\n"));

    assertThat(quotes(result, "web-chrome")).containsExactly("Share this article by **");
    assertThat(result.expectLayer(Layers.REDACTION).size()).isEqualTo(1);
  }

  @Test
  void inMarkdownBoldIsNotARedactionButInPlainTextItIs() {
    String text = "The letter from **Ivanov** was read aloud; ** was not named.\n";

    AnnotatedDocument markdown = run(SampleTexts.markdown(text));
    AnnotatedDocument plain = run(SampleTexts.plain(text));
    AnnotatedDocument markdownWithParameters =
        run(SampleTexts.document("x.md", "text/markdown; charset=UTF-8", text));

    assertThat(markdown.flags().count(FlagName.REDACTED)).isEqualTo(1);
    assertThat(markdownWithParameters.flags().count(FlagName.REDACTED)).isEqualTo(1);
    assertThat(plain.flags().count(FlagName.REDACTED)).isEqualTo(3);
  }

  @Test
  void aNarrativeWithoutBoilerplateGetsEmptyLayersAndNoFlags() {
    String text = "He wrote that you can read more about the war in his letters.\n\n"
        + "\"Yes.\"\n\n\"Yes.\"\n\n\"Yes.\"\n\nOn March 3, 2021 the treaty was signed.\n";

    StageOutput output = stage.apply(AnnotatedDocument.of(SampleTexts.plain(text)), RUN);

    assertThat(output.layers())
        .extracting(AnnotationLayer::name)
        .containsExactly(Layers.BOILERPLATE, Layers.REDACTION);
    assertThat(output.layers()).allMatch(AnnotationLayer::isEmpty);
    assertThat(output.flags()).isEqualTo(DocumentFlags.NONE);
  }

  @Test
  void aBylineFarDownTheDocumentIsNotMarked() {
    StringBuilder text = new StringBuilder("The Title\n\n");
    for (int i = 0; i < 20; i++) {
      text.append("Paragraph ").append(i).append(" tells more of the story.\n\n");
    }
    text.append("Evening Courier Updated on 2023-11-05\n");

    AnnotatedDocument result = run(SampleTexts.plain(text.toString()));

    assertThat(result.expectLayer(Layers.BOILERPLATE).isEmpty()).isTrue();
  }

  @Test
  void eachAnnotationCarriesTheStageProvenance() {
    AnnotatedDocument result = run(SampleTexts.plain(SampleTexts.WEB_PAGE));

    assertThat(result.expectLayer(Layers.BOILERPLATE).annotations()).allSatisfy(annotation -> {
      assertThat(annotation.provenance().stage()).isEqualTo("clean");
      assertThat(annotation.provenance().version()).isEqualTo("1");
      assertThat(annotation.provenance().run()).isEqualTo("test-run");
    });
  }
}
