package org.annalist.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  @Test
  void splitsAtLineFeedCarriageReturnAndBoth() {
    String text = "one\ntwo\r\nthree\rfour";

    List<Line> lines = LineSplitter.split(text);

    assertThat(lines).extracting(Line::text).containsExactly("one", "two", "three", "four");
    assertThat(lines).extracting(Line::start).containsExactly(0, 4, 9, 15);
    assertThat(lines).extracting(Line::index).containsExactly(0, 1, 2, 3);
  }

  @Test
  void theTextOfEveryLineIsTheSubstringAtItsOffsets() {
    String text = "a\r\n\r\n😀 b \r\rc\n";

    for (Line line : LineSplitter.split(text)) {
      assertThat(text.substring(line.start(), line.end())).isEqualTo(line.text());
      assertThat(line.text()).doesNotContain("\n", "\r");
    }
  }

  @Test
  void aTextEndingWithATerminatorHasAnEmptyLastLine() {
    assertThat(LineSplitter.split("x\n")).extracting(Line::text).containsExactly("x", "");
    assertThat(LineSplitter.split("")).extracting(Line::text).containsExactly("");
  }

  @Test
  void blankLinesAreThoseOfWhiteSpaceOnly() {
    List<Line> lines = LineSplitter.split(" \t\nword\n");

    assertThat(lines.get(0).isBlank()).isTrue();
    assertThat(lines.get(1).isBlank()).isFalse();
    assertThat(lines.get(2).isBlank()).isTrue();
  }
}
