package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.annalist.eval.gold.EventStoryLineDocument.CreationTime;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** An Event StoryLine Corpus file written by hand the way ESC writes them. */
class EventStoryLineDocumentTest {
  /**
   * Sentence 0 is a URL, 1 the dateline (the DCT), 2 holds a date, a value-less duration and a
   * set, 3 only an event, 4 nothing at all.
   */
  private static final String ESC_STYLE = """
      <?xml version='1.0' encoding='UTF-8'?>
      <Document doc_name="3_5ecbplus.xml">
        <token t_id="1" sentence="0" number="0">http</token>
        <token t_id="2" sentence="0" number="1">2009</token>
        <token t_id="3" sentence="1" number="0">DECEMBER</token>
        <token t_id="4" sentence="1" number="1">3</token>
        <token t_id="5" sentence="1" number="2">9</token>
        <token t_id="6" sentence="1" number="3">AM</token>
        <token t_id="7" sentence="2" number="0">Police</token>
        <token t_id="8" sentence="2" number="1">searched</token>
        <token t_id="9" sentence="2" number="2">Monday</token>
        <token t_id="10" sentence="2" number="3">for</token>
        <token t_id="11" sentence="2" number="4">hours</token>
        <token t_id="12" sentence="2" number="5">every</token>
        <token t_id="13" sentence="2" number="6">week</token>
        <token t_id="14" sentence="3" number="0">He</token>
        <token t_id="15" sentence="3" number="1">fled</token>
        <token t_id="16" sentence="4" number="0">It</token>
        <token t_id="17" sentence="4" number="1">rained</token>
        <token t_id="18" sentence="4" number="2">today</token>
        <Markables>
          <ACTION_OCCURRENCE m_id="1" climaxEvent="FALSE" comment="">
            <token_anchor t_id="8"/>
          </ACTION_OCCURRENCE>
          <ACTION_OCCURRENCE m_id="2" climaxEvent="FALSE" comment="">
            <token_anchor t_id="15"/>
          </ACTION_OCCURRENCE>
          <TIME_OF_THE_DAY m_id="3" DCT="TRUE" value="2009-12-3T14:36Z" anchorTimeID="">
            <token_anchor t_id="3"/>
            <token_anchor t_id="4"/>
            <token_anchor t_id="5"/>
            <token_anchor t_id="6"/>
          </TIME_OF_THE_DAY>
          <TIME_DATE m_id="4" comment="" DCT="FALSE" value="2009-11-30" anchorTimeID="3">
            <token_anchor t_id="9"/>
          </TIME_DATE>
          <TIME_DURATION m_id="5" endPoint="" value="" begin="" anchorTimeID="">
            <token_anchor t_id="11"/>
          </TIME_DURATION>
          <TIME_REPETITION m_id="6" value="P1W" anchorTimeID="">
            <token_anchor t_id="12"/>
            <token_anchor t_id="13"/>
          </TIME_REPETITION>
          <TIME_DATE m_id="7" RELATED_TO="" TAG_DESCRIPTOR="t3_monday" comment="" DCT="FALSE" value="" anchorTimeID=""/>
          <TIME_DATE m_id="8" RELATED_TO="" TAG_DESCRIPTOR="t_2009-12-02" comment="" DCT="TRUE" value="2009-12-02" anchorTimeID=""/>
        </Markables>
        <Relations>
          <TLINK r_id="9" relType="INCLUDES" comment="">
            <source m_id="4"/>
            <target m_id="1"/>
          </TLINK>
        </Relations>
      </Document>""";

  private static EventStoryLineDocument read(String xml) throws XMLStreamException {
    CatDocument cat = CatParser.parse(
        XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml)),
        "3_5ecbplus.xml.xml");
    return EventStoryLineDocument.of(cat);
  }

  @Test
  void takesTheDctFromTheDatelineAndKeepsItOutOfTheScoredText() throws XMLStreamException {
    EventStoryLineDocument document = read(ESC_STYLE);
    GoldDocument gold = document.gold().orElseThrow();

    assertThat(document.id()).isEqualTo("3_5ecbplus");
    assertThat(document.creationTime()).isEqualTo(CreationTime.IN_TEXT);
    assertThat(gold.creationDate()).isEqualTo(LocalDate.of(2009, 12, 3));
    assertThat(gold.timexes()).extracting(GoldTimex::text).doesNotContain("DECEMBER 3 9 AM");
    assertThat(gold.unscored())
        .extracting(span -> span.quote(gold.text()))
        .contains("DECEMBER 3 9 AM");
  }

  @Test
  void scoresAnchoredTimeMarkablesWithTheirTimex3TypeAndValue() throws XMLStreamException {
    EventStoryLineDocument document = read(ESC_STYLE);
    GoldDocument gold = document.gold().orElseThrow();

    assertThat(gold.text())
        .isEqualTo(
            "http 2009\nDECEMBER 3 9 AM\nPolice searched Monday for hours every week\nHe fled\nIt rained today");
    assertThat(gold.timexes())
        .containsExactly(
            new GoldTimex(
                "3_5ecbplus/m4",
                gold.timexes().get(0).span(),
                "Monday",
                "2009-11-30",
                null,
                "DATE"),
            new GoldTimex(
                "3_5ecbplus/m5", gold.timexes().get(1).span(), "hours", null, null, "DURATION"),
            new GoldTimex(
                "3_5ecbplus/m6", gold.timexes().get(2).span(), "every week", "P1W", null, "SET"));
    assertThat(gold.timexes().get(0).span().start()).isEqualTo(gold.text().indexOf("Monday"));
    assertThat(document.timeMarkables()).isEqualTo(6);
    assertThat(document.instances()).isEqualTo(2);
  }

  @Test
  void leavesUnscoredTheSentencesWithoutAnyMarkable() throws XMLStreamException {
    EventStoryLineDocument document = read(ESC_STYLE);
    GoldDocument gold = document.gold().orElseThrow();

    assertThat(gold.unscored())
        .extracting(span -> span.quote(gold.text()))
        .containsExactlyInAnyOrder("DECEMBER 3 9 AM", "http 2009", "It rained today");
    assertThat(gold.isUnscored(span(gold, "today"))).isTrue();
    assertThat(gold.isUnscored(span(gold, "2009"))).isTrue();
    assertThat(gold.isUnscored(span(gold, "fled"))).isFalse();
    assertThat(document.sentences()).isEqualTo(5);
    assertThat(document.annotatedSentences()).isEqualTo(3);
  }

  @Test
  void padsOneDigitMonthsAndDays() throws XMLStreamException {
    GoldDocument gold = read(ESC_STYLE.replace("2009-11-30", "2009-1-3")).gold().orElseThrow();

    assertThat(gold.timexes().get(0).value()).isEqualTo("2009-01-03");
    assertThat(read(ESC_STYLE.replace("2009-11-30", "1979-2"))
            .gold()
            .orElseThrow()
            .timexes()
            .get(0)
            .value())
        .isEqualTo("1979-02");
    assertThat(read(ESC_STYLE.replace("2009-11-30", "2009-12-7TMO"))
            .gold()
            .orElseThrow()
            .timexes()
            .get(0)
            .value())
        .isEqualTo("2009-12-07TMO");
    assertThat(read(ESC_STYLE.replace("2009-11-30", "2013-W5"))
            .gold()
            .orElseThrow()
            .timexes()
            .get(0)
            .value())
        .isEqualTo("2013-W5");
    assertThat(read(ESC_STYLE.replace("2009-11-30", "2009-1-3")).padded()).isEqualTo(1);
    assertThat(read(ESC_STYLE).padded()).isZero();
  }

  @Test
  void withoutAnAnchoredDctTakesTheInstanceLevelOne() throws XMLStreamException {
    String instanceOnly = ESC_STYLE
        .replace("DCT=\"TRUE\" value=\"2009-12-3T14:36Z\"", "DCT=\"FALSE\" value=\"\"")
        .replace("value=\"2009-12-02\"", "value=\"t_2009-12-02\"");
    EventStoryLineDocument document = read(instanceOnly);
    GoldDocument gold = document.gold().orElseThrow();

    assertThat(document.creationTime()).isEqualTo(CreationTime.INSTANCE);
    assertThat(gold.creationDate()).isEqualTo(LocalDate.of(2009, 12, 2));
    assertThat(gold.timexes()).extracting(GoldTimex::text).contains("DECEMBER 3 9 AM");
    assertThat(gold.unscored())
        .extracting(span -> span.quote(gold.text()))
        .doesNotContain("DECEMBER 3 9 AM");
  }

  @Test
  void takesTheDayTheDatelineWritesOverTheDayOfItsUtcValue() throws XMLStreamException {
    String evening = ESC_STYLE
        .replace(">3</token>", ">2 , 2009 ,</token>")
        .replace(">AM</token>", ">PM</token>");
    EventStoryLineDocument document = read(evening);

    assertThat(document.gold().orElseThrow().creationDate()).isEqualTo(LocalDate.of(2009, 12, 2));
    assertThat(document.writtenDay()).isTrue();
    assertThat(read(ESC_STYLE).writtenDay()).isFalse();
  }

  @Test
  void readsADctWrittenWithColons() throws XMLStreamException {
    GoldDocument gold = read(ESC_STYLE.replace("2009-12-3T14:36Z", "2009:02:03T17:59:13Z"))
        .gold()
        .orElseThrow();

    assertThat(gold.creationDate()).isEqualTo(LocalDate.of(2009, 2, 3));
  }

  @Test
  void aDocumentWhoseDctNamesNoDayIsNotScored() throws XMLStreamException {
    String noDct = ESC_STYLE.replace("DCT=\"TRUE\"", "DCT=\"FALSE\"");
    String presentRef = ESC_STYLE
        .replace("DCT=\"TRUE\" value=\"2009-12-3T14:36Z\"", "DCT=\"FALSE\" value=\"\"")
        .replace("value=\"2009-12-02\"", "value=\"PRESENT_REF\"");

    assertThat(read(noDct).gold()).isEmpty();
    assertThat(read(noDct).creationTime()).isEqualTo(CreationTime.NONE);
    assertThat(read(presentRef).gold()).isEmpty();
    assertThat(read(presentRef).creationTime()).isEqualTo(CreationTime.NONE);
  }

  @Test
  void twoAnchoredDctsAreAnError() {
    String twice = ESC_STYLE.replace(
        "DCT=\"FALSE\" value=\"2009-11-30\"", "DCT=\"TRUE\" value=\"2009-11-30\"");

    assertThatThrownBy(() -> read(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document 3_5ecbplus has 2 anchored DCT markables, not one");
  }

  @Test
  void notesWhatIsScored() throws XMLStreamException {
    EventStoryLineDocument scored = read(ESC_STYLE);
    EventStoryLineDocument unscored = read(ESC_STYLE.replace("DCT=\"TRUE\"", "DCT=\"FALSE\""));

    assertThat(EventStoryLineDocument.notes(List.of(scored, unscored)))
        .containsExactly(
            "12 time markables in 2 documents, 4 of them instance-level without token anchors (not scored)",
            "1 documents take the DCT from their dateline markable (not scored, nor is system output on it),"
                + " 0 from an instance-level DCT markable; 0 take the dateline's day as written where its value (converted"
                + " to UTC) gives another; 1 whose DCT names no day are not scored: 3_5ecbplus",
            "3 anchored time markables scored in 1 documents (TIME_DATE as DATE, TIME_OF_THE_DAY as TIME,"
                + " TIME_DURATION as DURATION, TIME_REPETITION as SET); 1 without value count as correct values only if"
                + " the system gives none; 0 values with a one-digit month or day are read zero-padded",
            "text = tokens joined by one space, sentences by a newline; 3 of 5 sentences (60.0%) hold a markable of"
                + " some kind and are scored; system output in the others (the source URL in sentence 0 among them)"
                + " is not");
  }

  private static Span span(GoldDocument gold, String text) {
    int start = gold.text().lastIndexOf(text);
    return Span.of(start, start + text.length());
  }
}
