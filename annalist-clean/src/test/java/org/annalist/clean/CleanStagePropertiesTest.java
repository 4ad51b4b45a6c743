package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Document;
import org.annalist.model.Layers;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.StageOutput;

class CleanStagePropertiesTest {
  private static final CleanStage STAGE = new CleanStage();
  private static final RunContext RUN = new RunContext("properties");
  private static final List<String> PIECES = List.of(
      "\n",
      "\r\n",
      "\r",
      "\n\n",
      " ",
      "\t",
      "*",
      "**",
      "***",
      "* *",
      "😀",
      "\uD83D",
      "\uDE00",
      "Related Posts",
      "Share this",
      "Home > News > Asia",
      "2024-02-08",
      "2024/05/2419:04:33",
      "March 3, 2021",
      "Caption of a photo",
      "Label",
      "\"",
      "“",
      "The war began.",
      "a",
      "中文",
      "Updated on",
      "You'll Also Like",
      "©",
      ".",
      "?");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieced =
        Arbitraries.of(PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> lineChars = Arbitraries.strings().withChars("ab *\n\r.\"").ofMaxLength(200);
    return Arbitraries.oneOf(pieced, anyChars, lineChars);
  }

  @Property(tries = 400)
  void spansLieInTheTextBoilerplateStaysOnOneLineAndRedactionsAreAsterisks(
      @ForAll("texts") String text, @ForAll boolean markdown) {
    Document document = markdown ? SampleTexts.markdown(text) : SampleTexts.plain(text);

    StageOutput output = STAGE.apply(AnnotatedDocument.of(document), RUN);

    for (var layer : output.layers()) {
      for (Annotation annotation : layer.annotations()) {
        assertThat(annotation.span().end()).isLessThanOrEqualTo(text.length());
        String quote = annotation.span().quote(text);
        if (layer.name().equals(Layers.BOILERPLATE)) {
          assertThat(quote).doesNotContain("\n", "\r").isNotBlank();
          assertThat(isLineStart(text, annotation.span().start())).isTrue();
          assertThat(isLineEnd(text, annotation.span().end())).isTrue();
        } else {
          assertThat(quote).matches("\\*{2,}");
        }
      }
    }
  }

  private static boolean isLineStart(String text, int offset) {
    return offset == 0 || text.charAt(offset - 1) == '\n' || text.charAt(offset - 1) == '\r';
  }

  private static boolean isLineEnd(String text, int offset) {
    return offset == text.length() || text.charAt(offset) == '\n' || text.charAt(offset) == '\r';
  }
}
