package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyInlineParserTest {
  private static final String HEADER = """
      <DOC>
      <DOCID>99_Test</DOCID>
      <DOCTYPE SOURCE="99_wikipedia"> HISTORY ARTICLE </DOCTYPE>
      <DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
      """;

  @TempDir
  Path folder;

  private GoldDocument read(String content) throws IOException {
    Path file = folder.resolve("99_Test.key.xml");
    Files.writeString(file, content);
    return WikiWarsReader.readDocument(file);
  }

  @Test
  void removesTagsKeepsWhitespaceAndNestedTimexes() throws IOException {
    GoldDocument document = read(HEADER + """
        <TEXT>
        In <TIMEX2 val="1941-WI" mod="START">the early winter of <TIMEX2 val="1941">1941</TIMEX2></TIMEX2> Smith &amp; Co.\twaited <TIMEX2>some time</TIMEX2>.
        </TEXT>
        </DOC>
        """);

    assertThat(document.id()).isEqualTo("99_Test");
    assertThat(document.creationDate()).isEqualTo(LocalDate.of(2009, 12, 19));
    assertThat(document.text())
        .isEqualTo("\nIn the early winter of 1941 Smith & Co.\twaited some time.\n");
    assertThat(document.timexes())
        .containsExactly(
            new GoldTimex(
                "99_Test#1", Span.of(4, 28), "the early winter of 1941", "1941-WI", "START", null),
            new GoldTimex("99_Test#2", Span.of(24, 28), "1941", "1941", null, null),
            new GoldTimex("99_Test#3", Span.of(48, 57), "some time", null, null, null));
  }

  @Test
  void reportsAMissingCreationTimeNamingTheFile() {
    assertThatThrownBy(() ->
            read("<DOC><DOCID>99_Test</DOCID><DATETIME> 2009 </DATETIME><TEXT>x</TEXT></DOC>"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("99_Test.key.xml")
        .hasMessageContaining("DATETIME");
  }

  @Test
  void reportsBrokenXmlNamingTheFileAndLine() {
    assertThatThrownBy(() -> read(HEADER + "<TEXT>\nIn <TIMEX2 val=\"1941\">1941</TEXT>\n</DOC>\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("99_Test.key.xml: not readable as XML at line 6");
  }
}
