package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the story's time moves in narrative mode, one rule a test, on sentences written for it. */
class NarrativeAnchorTest {
  private static final TemporalContext HISTORY = TemporalContext.narrative(LocalDate.of(2024, 2, 8));

  @Test
  void theFirstYearOfAParagraphMovesTheStoryEvenInPassing() {
    String text = "On 4 March 1820 the mill burned.\n\nHeading\n\nThe builders met again in 1818 at the river. In May the dam broke.";
    assertThat(values(text)).containsExactly("1820-03-04", "1818", "1818-05");
  }

  @Test
  void aYearInPassingInsideAParagraphStillDoesNot() {
    String text = "On 4 March 1820 the mill burned.\nThe builders met again in 1818 at the river. In May the dam broke.";
    assertThat(values(text)).containsExactly("1820-03-04", "1818", "1820-05");
  }

  @Test
  void aBlankLineIsALineOfWhiteSpaceOnly() {
    assertThat(TemporalTagger.blankLineBetween("a\n \t\nb", 0, 6)).isTrue();
    assertThat(TemporalTagger.blankLineBetween("a\nx\nb", 0, 5)).isFalse();
    assertThat(TemporalTagger.blankLineBetween("a\n\nb", 2, 4)).isFalse();
  }

  private static List<String> values(String text) {
    return TemporalTagger.english().tag(text, HISTORY).stream().map(TemporalExpression::value).toList();
  }
}
