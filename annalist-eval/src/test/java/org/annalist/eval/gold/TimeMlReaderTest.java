package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.eval.EvalData;
import org.annalist.eval.gold.TimeMlDocument.EndKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimeML read from a file written for the test, and the real TimeBank/AQUAINT files by count only. */
class TimeMlReaderTest {
  private static final String DOCUMENT = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>TEST0001</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="1921-05-24" temporalFunction="false" functionInDocument="CREATION_TIME">24 May 1921</TIMEX3></DCT>
      <TITLE>Not text</TITLE>
      <TEXT>
      The envoy <EVENT eid="e1" class="OCCURRENCE">left</EVENT> Korsk <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="1921-05-20" functionInDocument="NONE">Friday</TIMEX3> &amp; the king <EVENT eid="e2" class="REPORTING">said</EVENT> he would <EVENT eid="e3" class="OCCURRENCE">return</EVENT>.
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
      <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB" />
      <MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" modality="would" pos="VERB" />
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" signalID="s1" />
      <TLINK lid="l2" relType="BEFORE" timeID="t1" relatedToTime="t0" />
      <SLINK lid="l3" relType="EVIDENTIAL" eventInstanceID="ei2" subordinatedEventInstance="ei3" />
      </TimeML>
      """;

  private static TimeMlDocument read(Path folder, String content) throws IOException {
    Path file = folder.resolve("TEST0001.tml");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return TimeMlReader.read(file);
  }

  @Test
  void placesEventsTimesAndSignalsOnTheTextInside(@TempDir Path folder) throws IOException {
    TimeMlDocument document = read(folder, DOCUMENT);

    assertThat(document.id()).isEqualTo("TEST0001");
    assertThat(document.text()).startsWith("\nThe envoy left Korsk on Friday & the king said");
    assertThat(document.text()).doesNotContain("Not text");
    assertThat(document.events())
        .extracting(event -> event.span().quote(document.text()))
        .containsExactly("left", "said", "return");
    assertThat(document.timexes()).singleElement().satisfies(timex -> {
      assertThat(timex.text()).isEqualTo("Friday");
      assertThat(timex.value()).isEqualTo("1921-05-20");
    });
    assertThat(document.signals())
        .singleElement()
        .satisfies(s -> assertThat(s.text()).isEqualTo("on"));
    assertThat(document.creationTime()).isNotNull();
    assertThat(document.creationTime().value()).isEqualTo("1921-05-24");
    assertThat(document.creationTime().span()).isNull();
  }

  @Test
  void attachesEachInstanceToItsEvent(@TempDir Path folder) throws IOException {
    TimeMlDocument document = read(folder, DOCUMENT);

    TimeMlDocument.Event returned = document.events().get(2);
    assertThat(returned.eventClass()).isEqualTo("OCCURRENCE");
    assertThat(returned.firstInstance()).hasValueSatisfying(instance -> {
      assertThat(instance.id()).isEqualTo("ei3");
      assertThat(instance.modality()).isEqualTo("would");
      assertThat(instance.polarity()).isEqualTo("POS");
    });
    assertThat(document.events().get(0).firstInstance().orElseThrow().modality())
        .isNull();
    assertThat(document.eventOf("ei2"))
        .hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("said"));
  }

  @Test
  void keepsLinksWithWhatTheirEndsName(@TempDir Path folder) throws IOException {
    TimeMlDocument document = read(folder, DOCUMENT);

    assertThat(document.links())
        .extracting(TimeMlDocument.Link::tag)
        .containsExactly("TLINK", "TLINK", "SLINK");
    TimeMlDocument.Link anchor = document.links().get(0);
    assertThat(anchor.from()).isEqualTo("ei1");
    assertThat(anchor.fromKind()).isEqualTo(EndKind.EVENT_INSTANCE);
    assertThat(anchor.to()).isEqualTo("t1");
    assertThat(anchor.toKind()).isEqualTo(EndKind.TIME);
    assertThat(anchor.signalId()).isEqualTo("s1");
    assertThat(document.links().get(1).fromKind()).isEqualTo(EndKind.TIME);
    assertThat(document.links().get(2).to()).isEqualTo("ei3");
    assertThat(document.timex("t0")).isPresent();
  }

  @Test
  void anInstanceOfNoEventFailsNamingTheFile(@TempDir Path folder) {
    String broken = DOCUMENT.replace("eventID=\"e3\"", "eventID=\"e9\"");

    assertThatThrownBy(() -> read(folder, broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("TEST0001.tml")
        .hasMessageContaining("e9");
  }

  @Test
  void readsEveryTimeBankAndAquaintFile() throws IOException {
    List<Path> files = TimeMlReader.tbaqFiles(EvalData.path());
    int events = 0;
    int links = 0;
    for (Path file : files) {
      TimeMlDocument document = TimeMlReader.read(file);
      events += document.events().size();
      links += document.links().size();
    }

    assertThat(files).hasSize(256);
    // 11,145 EVENTs in the files; 16 lie outside <TEXT>, in two TimeBank files' EXTRAINFO.
    assertThat(events).isEqualTo(11_129);
    assertThat(links).isEqualTo(11_096 + 3_042 + 286);
  }
}
