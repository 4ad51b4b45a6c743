package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class RedactionMarkerTest {
  private final RedactionMarker marker = new RedactionMarker();

  private List<String> marks(String text, boolean markdown) {
    return marker.find(LineSplitter.split(text), markdown).stream()
        .map(span -> span.quote(text))
        .toList();
  }

  @Test
  void everyRunOfTwoOrMoreAsterisksIsAMarkInPlainText() {
    String text = "The order from ** reached *** and then ****.";

    assertThat(marker.find(LineSplitter.split(text), false))
        .containsExactly(Span.of(15, 17), Span.of(26, 29), Span.of(39, 43));
  }

  @Test
  void aSingleAsteriskAndABulletListAreNotRedactions() {
    String text = "* the first item\n* the second item\nA footnote* and 3 * 4 = 12\n";

    assertThat(marks(text, false)).isEmpty();
    assertThat(marks(text, true)).isEmpty();
  }

  @Test
  void boldInPlainTextIsTakenForTwoRedactions() {
    assertThat(marks("He met **Kovacs** at noon.", false)).containsExactly("**", "**");
  }

  @Test
  void boldInMarkdownIsEmphasisNotRedaction() {
    assertThat(marks("He met **Kovacs** at noon and ***the envoy*** later.", true))
        .isEmpty();
  }

  @Test
  void inMarkdownRunsThatDoNotPairAsEmphasisAreRedactions() {
    assertThat(marks("The order from ** reached ** at dawn.", true)).containsExactly("**", "**");
    assertThat(marks("**Responded at once. On July 2, **wrote back.", true))
        .containsExactly("**", "**");
    assertThat(marks("**opened\non another line**", true)).containsExactly("**", "**");
    assertThat(marks("A **mixed*** run", true)).containsExactly("**", "***");
  }

  @Test
  void aMarkdownThematicBreakIsNotARedactionButInPlainTextItIs() {
    String text = "Part one\n\n***\n\nPart two\n* * *\n";

    assertThat(marks(text, true)).isEmpty();
    assertThat(marks(text, false)).containsExactly("***");
  }

  @Test
  void offsetsCountUtf16UnitsAcrossLines() {
    String text = "😀\r\n𝒜 ** x";

    assertThat(marker.find(LineSplitter.split(text), false)).containsExactly(Span.of(7, 9));
  }
}
