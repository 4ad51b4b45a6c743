package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLineRuleTest {
  private final RepeatedLineRule rule = new RepeatedLineRule();

  @Test
  void marksEveryOccurrenceOfALineSeenThreeTimes() {
    List<Line> lines = LineSplitter.split(
        "Photo: the old mill\nText one.\n  Photo: the old mill \nText two.\nPhoto: the old mill\n");

    assertThat(rule.find(lines)).containsExactly(0, 2, 4);
  }

  @Test
  void leavesALineSeenOnlyTwiceAlone() {
    List<Line> lines = LineSplitter.split("Photo: the old mill\nText.\nPhoto: the old mill\n");

    assertThat(rule.find(lines)).isEmpty();
  }

  @Test
  void leavesBlankLinesAndLinesWithoutLettersAlone() {
    List<Line> lines =
        LineSplitter.split("\n\n  \n***\n***\n***\n- - -\n- - -\n- - -\n1944\n1944\n1944\n");

    assertThat(rule.find(lines)).isEmpty();
  }

  @Test
  void leavesRepeatedDialogueAlone() {
    List<Line> lines = LineSplitter.split(
        "\"No!\"\nShe shook her head.\n\"No!\"\n\"No!\"\n“Again.”\n“Again.”\n“Again.”\n");

    assertThat(rule.find(lines)).isEmpty();
  }
}
