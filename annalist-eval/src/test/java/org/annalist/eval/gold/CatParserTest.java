package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Markables and relations of a small CAT file written like ECB+ and MEANTIME ones. */
class CatParserTest {
  private static final String ECB_STYLE = """
      <Document doc_name="1_10ecb.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">Reid</token>
      <token t_id="2" sentence="0" number="1">checked</token>
      <token t_id="3" sentence="0" number="2">in</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="32"  >
        <token_anchor t_id="2"/>
        <token_anchor t_id="3"/>
      </ACTION_OCCURRENCE>
      <TIMEX3 m_id="5" type="DATE" value="2008"><token_anchor t_id="1"/></TIMEX3>
      <ACTION_OCCURRENCE m_id="48" RELATED_TO="" TAG_DESCRIPTOR="t1b_checking_in" instance_id="ACT1623" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="37619" note="ACT1623" >
        <source m_id="32" />
        <target m_id="48" />
      </CROSS_DOC_COREF>
      <INTRA_DOC_COREF r_id="7" >
      <source m_id="1" />
      <source m_id="2" />
      <target m_id="3" />
      </INTRA_DOC_COREF>
      </Relations>
      </Document>""";

  private static CatDocument parse(String xml) throws XMLStreamException {
    return CatParser.parse(
        XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml)), "test.xml");
  }

  @Test
  void readsMentionsWithTheirAnchorsAndInstancesWithTheirAttributes() throws XMLStreamException {
    CatDocument document = parse(ECB_STYLE);

    assertThat(document.tokens()).hasSize(3);
    assertThat(document.timexes()).singleElement().satisfies(timex -> {
      assertThat(timex.value()).isEqualTo("2008");
      assertThat(timex.tokenIds()).containsExactly(1);
    });
    assertThat(document.markables())
        .containsExactly(
            new CatDocument.Markable(
                "ACTION_OCCURRENCE", "32", Map.of("m_id", "32"), List.of(2, 3)),
            new CatDocument.Markable(
                "ACTION_OCCURRENCE",
                "48",
                Map.of(
                    "m_id",
                    "48",
                    "RELATED_TO",
                    "",
                    "TAG_DESCRIPTOR",
                    "t1b_checking_in",
                    "instance_id",
                    "ACT1623"),
                List.of()));
    assertThat(document.markables().get(1).attribute("RELATED_TO")).isNull();
    assertThat(document.markables().get(1).hasAttribute("RELATED_TO")).isTrue();
    assertThat(document.markables().get(1).hasAttribute("syntactic_type")).isFalse();
  }

  @Test
  void readsRelationsWithNoteSourcesAndTargets() throws XMLStreamException {
    CatDocument document = parse(ECB_STYLE);

    assertThat(document.relations())
        .containsExactly(
            new CatDocument.Relation(
                "CROSS_DOC_COREF", "37619", "ACT1623", List.of("32"), List.of("48")),
            new CatDocument.Relation(
                "INTRA_DOC_COREF", "7", null, List.of("1", "2"), List.of("3")));
  }

  @Test
  void takesTheDocumentNameAsIdWhenThereIsNoDocId() throws XMLStreamException {
    assertThat(parse(ECB_STYLE).id()).isEqualTo("DOC1");
    assertThat(parse(ECB_STYLE.replace(" doc_id=\"DOC1\"", "")).id()).isEqualTo("1_10ecb.xml");
    assertThatThrownBy(
            () -> parse(ECB_STYLE.replace(" doc_name=\"1_10ecb.xml\" doc_id=\"DOC1\"", "")))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("test.xml: <Document> has no doc_name");
  }

  @Test
  void namesTheFileAndTheBadValue() {
    String bad = ECB_STYLE.replace("<token_anchor t_id=\"3\"/>", "<token_anchor t_id=\"x\"/>");

    assertThatThrownBy(() -> parse(bad))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("test.xml: <token_anchor> t_id=\"x\" is not a number");
  }
}
