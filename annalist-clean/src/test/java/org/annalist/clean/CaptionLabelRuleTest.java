package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionLabelRuleTest {
  private final CaptionLabelRule rule = new CaptionLabelRule();

  @Test
  void marksTheTitleLikeLineDirectlyUnderARepeatedLineAcrossBlankLines() {
    List<Line> lines = LineSplitter.split("Caption\n\n\nThe River Crossing\n\nMore heading\n");

    assertThat(rule.find(lines, List.of(0))).containsExactly(3);
  }

  @Test
  void leavesSentencesLongLinesLowerCaseAndDialogueAlone() {
    List<Line> lines = LineSplitter.split(String.join(
        "\n",
        "Caption",
        "The bridge opened in 1932.",
        "Caption",
        "The long and difficult crossing of the river by night",
        "Caption",
        "and then the rain",
        "Caption",
        "\"Hold the line\"",
        "Caption",
        "",
        ""));

    assertThat(rule.find(lines, List.of(0, 2, 4, 6, 8))).isEmpty();
  }

  @Test
  void aRepeatedLineUnderAnotherRepeatedLineIsALabelAndHasNoLabelOfItsOwn() {
    List<Line> lines = LineSplitter.split("Caption\n\nGeneral Ross\n\nConclusion\n");

    assertThat(rule.find(lines, List.of(0, 2))).containsExactly(2);
  }

  @Test
  void titleLikeMeansShortAndNotASentence() {
    assertThat(rule.isTitleLike("U.S. Army Engineers")).isTrue();
    assertThat(rule.isTitleLike("北京 1950")).isTrue();
    assertThat(rule.isTitleLike("Is this the end?")).isFalse();
    assertThat(rule.isTitleLike("1950")).isFalse();
  }
}
