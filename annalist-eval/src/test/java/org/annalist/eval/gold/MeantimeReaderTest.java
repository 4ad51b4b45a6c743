package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.eval.EvalData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real MEANTIME English files in ../shared/eval-data. */
class MeantimeReaderTest {
  private static Path folder;
  private static List<MeantimeDocument> documents;
  private static GoldCorpus corpus;

  @BeforeAll
  static void read() throws IOException {
    Path evalData = EvalData.path();
    folder = evalData.resolve(MeantimeReader.ANNOTATION);
    documents = new ArrayList<>();
    for (Path file : files()) {
      documents.add(MeantimeReader.readDocument(file));
    }
    corpus = MeantimeReader.read(evalData);
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
  }

  @Test
  void countsDocumentsAndTimex3AsSourcesMdDoes() {
    assertThat(corpus.documents()).hasSize(120);
    assertThat(documents.stream().mapToInt(MeantimeDocument::allTimex3).sum()).isEqualTo(525);
    assertThat(
            documents.stream().mapToInt(MeantimeDocument::creationTimeMarkables).sum())
        .isEqualTo(118);
    assertThat(documents.stream().mapToInt(MeantimeDocument::unanchored).sum()).isEqualTo(37);
    assertThat(corpus.timexCount()).isEqualTo(370);
  }

  @Test
  void rebuildsTheTextFromTokens() {
    GoldDocument apple = byId("101354");

    assertThat(apple.text())
        .startsWith(
            "Apple releases iPhone SDK , announces upcoming update\nMarch 06 , 2008\nDuring a media event held at");
    assertThat(apple.creationDate()).isEqualTo(LocalDate.of(2008, 3, 6));
    assertThat(apple.unscored().get(0).quote(apple.text())).isEqualTo("March 06 , 2008");
  }

  @Test
  void readsTheDayFirstDctAndTheDatelineFallback() {
    assertThat(byId("120578").creationDate()).isEqualTo(LocalDate.of(2009, 2, 3));
    assertThat(documents)
        .filteredOn(d -> d.creationTimeMarkables() == 0)
        .extracting(d -> d.gold().id())
        .containsExactlyInAnyOrder("78496", "8951");
    assertThat(byId("78496").creationDate()).isEqualTo(LocalDate.of(2007, 9, 1));
  }

  /** Each gold text against its anchored tokens, read again with DOM, independently of the reader. */
  @Test
  void everyGoldSpanCoversExactlyItsAnchoredTokens() throws Exception {
    for (Path file : files()) {
      Map<String, String> expected = anchoredTexts(file);
      GoldDocument document = MeantimeReader.readDocument(file).gold();
      assertThat(document.timexes()).as(file.toString()).hasSize(expected.size());
      for (GoldTimex timex : document.timexes()) {
        String markableId = timex.id().substring(timex.id().indexOf("/m") + 2);
        assertThat(timex.span().quote(document.text()))
            .as(timex.id())
            .isEqualTo(expected.get(markableId));
      }
    }
  }

  @Test
  void scoredTimexesLieInTheAnnotatedSentences() {
    for (GoldDocument document : corpus.documents()) {
      for (GoldTimex timex : document.timexes()) {
        long newlinesBefore = document
            .text()
            .substring(0, timex.span().start())
            .chars()
            .filter(c -> c == '\n')
            .count();
        assertThat(newlinesBefore)
            .as(timex.id())
            .isLessThanOrEqualTo(MeantimeReader.LAST_ANNOTATED_SENTENCE);
        assertThat(timex.type()).as(timex.id()).isIn("DATE", "TIME", "DURATION", "SET");
      }
    }
  }

  private static GoldDocument byId(String id) {
    return corpus.documents().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** m_id -> anchored token texts joined by one space, for TIMEX3 with anchors that are not the DCT. */
  private static Map<String, String> anchoredTexts(Path file) throws Exception {
    return CatDom.anchoredTexts(
        CatDom.parse(file),
        timex -> !timex.getAttribute("functionInDocument").equals("CREATION_TIME"),
        "TIMEX3");
  }
}
