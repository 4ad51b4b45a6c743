package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineRuleTest {
  private final BylineRule rule = new BylineRule();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Evening Courier Updated on 2023-11-05",
        "2023/07/1408:15:00 culture 2870",
        "2023/07/14 08:15 culture",
        "Published March 3, 2021",
        "March 3, 2021",
        "By Ana Lopez | 3 March 2021 | 4 min read",
        "2021-03-03T10:15:00 World",
        "05.11.2023 · Politics",
        "2023年11月5日 Harbour News"
      })
  void marksDatelinesAndBylines(String line) {
    assertThat(rule.isByline(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "On March 3, 2021 the treaty was signed in the capital.",
        "On March 3, 2021 the treaty was signed",
        "The war began in 1941",
        "Evening Courier",
        "\"March 3, 2021,\" she said",
        "2023-11-05. The crowd gathered early.",
        "Updated on 2023-11-05 by the night desk of the Evening Courier after a long dispute about"
      })
  void leavesSentencesAndLinesWithoutADateAlone(String line) {
    assertThat(rule.isByline(line)).as(line).isFalse();
  }

  @Test
  void findsBylinesOnlyAmongTheFirstNonBlankLines() {
    List<String> texts = new ArrayList<>();
    texts.add("A Title");
    texts.add("");
    texts.add("Evening Courier Updated on 2023-11-05");
    for (int i = 0; i < BylineRule.TOP_LINES; i++) {
      texts.add("");
      texts.add("Paragraph " + i + " of the story goes on.");
    }
    texts.add("Evening Courier Updated on 2023-11-06");
    List<Line> lines = LineSplitter.split(String.join("\n", texts));

    assertThat(rule.find(lines)).containsExactly(2);
  }
}
