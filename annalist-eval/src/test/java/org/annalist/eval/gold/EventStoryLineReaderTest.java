package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.eval.EvalData;
import org.annalist.eval.gold.EventStoryLineDocument.CreationTime;
import org.annalist.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real Event StoryLine Corpus v1.5 files in ../shared/eval-data. The expected counts
 * were computed apart from the reader, with a short Python script over the XML.
 */
class EventStoryLineReaderTest {
  private static Path evalData;
  private static List<Path> files;
  private static List<EventStoryLineDocument> documents;
  private static GoldCorpus corpus;

  @BeforeAll
  static void read() throws IOException {
    evalData = EvalData.path();
    files = EventStoryLineReader.files(evalData, Set.of());
    documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(EventStoryLineReader.readDocument(file));
    }
    corpus = EventStoryLineReader.read(evalData);
  }

  @Test
  void countsDocumentsAndTimeMarkables() {
    assertThat(files).hasSize(258);
    assertThat(
            documents.stream().mapToInt(EventStoryLineDocument::timeMarkables).sum())
        .isEqualTo(1346);
    assertThat(documents.stream().mapToInt(EventStoryLineDocument::instances).sum())
        .isEqualTo(458);
    assertThat(corpus.name()).isEqualTo("esc");
    assertThat(corpus.documents()).hasSize(255);
    assertThat(corpus.timexCount()).isEqualTo(653);
  }

  @Test
  void mapsTheTagsToTimex3Types() {
    Map<String, Integer> types = new HashMap<>();
    corpus
        .documents()
        .forEach(d -> d.timexes().forEach(t -> types.merge(t.type(), 1, Integer::sum)));

    assertThat(types)
        .containsExactlyInAnyOrderEntriesOf(Map.of("DATE", 377, "TIME", 188, "DURATION", 88));
    assertThat(corpus.documents().stream()
            .flatMap(d -> d.timexes().stream())
            .filter(t -> t.value() == null))
        .hasSize(7);
    assertThat(documents.stream().mapToInt(EventStoryLineDocument::padded).sum())
        .isEqualTo(6);
  }

  @Test
  void findsTheDctOnTheDatelineOrInAnInstance() {
    assertThat(documents)
        .filteredOn(d -> d.creationTime() == CreationTime.IN_TEXT)
        .hasSize(230);
    assertThat(documents)
        .filteredOn(d -> d.creationTime() == CreationTime.INSTANCE)
        .hasSize(25);
    assertThat(documents)
        .filteredOn(d -> d.creationTime() == CreationTime.NONE)
        .extracting(EventStoryLineDocument::id)
        .containsExactlyInAnyOrder("1_9ecbplus", "5_8ecbplus", "7_10ecbplus");

    GoldDocument lohan = byId("1_10ecbplus");
    assertThat(lohan.text())
        .startsWith("http : / / articles . latimes . com / 2013 / may / 03 / local / la - me -");
    assertThat(lohan.text())
        .contains("\nLindsay Lohan checks into Betty Ford Center\nMay 03 , 2013\nAfter skipping");
    assertThat(lohan.creationDate()).isEqualTo(LocalDate.of(2013, 5, 3));
    assertThat(lohan.unscored())
        .extracting(span -> span.quote(lohan.text()))
        .contains("May 03 , 2013");
    assertThat(byId("5_9ecbplus").creationDate()).isEqualTo(LocalDate.of(2005, 7, 25));
    assertThat(byId("35_7ecbplus").creationDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(byId("24_3ecbplus").creationDate()).isEqualTo(LocalDate.of(2013, 9, 9));
  }

  @Test
  void scoresTheSentencesThatHoldAMarkable() {
    List<EventStoryLineDocument> scored =
        documents.stream().filter(d -> d.gold().isPresent()).toList();

    assertThat(scored.stream().mapToInt(EventStoryLineDocument::sentences).sum())
        .isEqualTo(4557);
    assertThat(
            scored.stream().mapToInt(EventStoryLineDocument::annotatedSentences).sum())
        .isEqualTo(1658);
    for (GoldDocument document : corpus.documents()) {
      int url = document.text().indexOf('\n');
      assertThat(document.isUnscored(Span.of(0, url))).as(document.id()).isTrue();
    }
  }

  @Test
  void readsTheTopicsAsked() throws IOException {
    GoldCorpus two = EventStoryLineReader.read(evalData, Set.of("1", "3", "airbus"));

    assertThat(two.documents()).hasSize(31);
    assertThat(two.documents()).allMatch(d -> d.id().startsWith("1_") || d.id().startsWith("3_"));
    assertThatThrownBy(() -> EventStoryLineReader.read(evalData, Set.of("airbus")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no ESC documents");
  }

  /** Each gold text against its anchored tokens, read again with DOM, independently of the reader. */
  @Test
  void everyGoldSpanCoversExactlyItsAnchoredTokens() throws Exception {
    for (Path file : files) {
      EventStoryLineDocument read = EventStoryLineReader.readDocument(file);
      if (read.gold().isEmpty()) {
        continue;
      }
      Map<String, String> expected = anchoredTexts(file);
      GoldDocument document = read.gold().orElseThrow();
      assertThat(document.timexes()).as(file.toString()).hasSize(expected.size());
      for (GoldTimex timex : document.timexes()) {
        String markableId = timex.id().substring(timex.id().indexOf("/m") + 2);
        assertThat(timex.span().quote(document.text()))
            .as(timex.id())
            .isEqualTo(expected.get(markableId));
      }
    }
  }

  private static GoldDocument byId(String id) {
    return corpus.documents().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** m_id -> anchored token texts joined by one space, for anchored time markables that are not the DCT. */
  private static Map<String, String> anchoredTexts(Path file) throws Exception {
    return CatDom.anchoredTexts(
        CatDom.parse(file),
        time -> !time.getAttribute("DCT").equals("TRUE"),
        "TIME_DATE",
        "TIME_OF_THE_DAY",
        "TIME_DURATION",
        "TIME_REPETITION");
  }
}
