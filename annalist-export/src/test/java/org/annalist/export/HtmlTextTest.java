package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  /**
   * Any text (but NUL and the C1 controls, which HTML parsers map to other characters, and lone
   * surrogates) is shown exactly as it is, and never becomes an element.
   */
  @Property
  void escapedTextParsesBackToItselfAndNothingElse(
      @ForAll @CharRange(from = '\u0001', to = '\u007F') @CharRange(from = '\u00A0', to = '\uD7FF')
          String text) {
    var parsed = Jsoup.parseBodyFragment("<blockquote>" + HtmlText.escape(text) + "</blockquote>");

    assertThat(parsed.select("blockquote").first().wholeText()).isEqualTo(text);
    assertThat(parsed.body().select("*")).hasSize(2);
  }

  /** A browser folds a carriage return in markup into the line feed after it (HTML's input preprocessing); a reference it keeps. */
  @Test
  void aCarriageReturnIsWrittenAsAReference() {
    assertThat(HtmlText.escape("said.\r\nThen")).isEqualTo("said.&#13;\nThen");
  }
}
