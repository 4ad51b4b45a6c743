package org.annalist.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void aLineBreakInAFileNameCannotStartASecondLine() {
    String name = "/corpus/a.txt\nfailed: /etc/passwd: empty: file is empty";

    assertThat(TerminalText.escape(name))
        .isEqualTo("/corpus/a.txt\\nfailed: /etc/passwd: empty: file is empty")
        .doesNotContain("\n");
    assertThat(TerminalText.escape("a\r\tb")).isEqualTo("a\\r\\tb");
  }

  @Test
  void escapeSequencesAreShownNotRun() {
    assertThat(TerminalText.escape("\u001B]0;owned\u0007title"))
        .isEqualTo("\\u001B]0;owned\\u0007title");
    assertThat(TerminalText.escape("\u001B[2J")).isEqualTo("\\u001B[2J");
    assertThat(TerminalText.escape("nul\u0000 del\u007F csi\u009B"))
        .isEqualTo("nul\\u0000 del\\u007F csi\\u009B");
  }

  @Test
  void bidirectionalOverridesAreShown() {
    assertThat(TerminalText.escape("invoice\u202Etxt.exe")).isEqualTo("invoice\\u202Etxt.exe");
    assertThat(TerminalText.escape("\u2066x\u2069")).isEqualTo("\\u2066x\\u2069");
  }

  @Test
  void printableTextInAnyScriptIsKeptAsItIs() {
    String names = "Stalin, Сталин, 斯大林, ستالين, Mao Zedong ** and a tab-less line";

    assertThat(TerminalText.escape(names)).isSameAs(names);
    assertThat(TerminalText.escape("")).isEmpty();
  }
}
