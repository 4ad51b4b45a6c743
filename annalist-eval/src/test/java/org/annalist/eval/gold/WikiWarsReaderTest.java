package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.eval.EvalData;
import org.annalist.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real WikiWars files in ../shared/eval-data (documents 01-16). */
class WikiWarsReaderTest {
  /**
   * TIMEX2 per document, DCT included, from the corpus readme's table (section 6). The same
   * table gives 2,681 for all 22 documents, as SOURCES.md does.
   */
  private static final Map<String, Integer> README_COUNTS = new LinkedHashMap<>();

  static {
    String[] rows = {
      "01_WW2 170",
      "02_WW1 265",
      "03_AmCivWar 75",
      "04_AmRevWar 147",
      "05_VietnamWar 245",
      "06_KoreanWar 149",
      "07_IraqWar 247",
      "08_FrenchRev 175",
      "09_GrecoPersian 129",
      "10_PunicWars 57",
      "11_ChineseCivWar 102",
      "12_IranIraq 98",
      "13_RussianCivWar 104",
      "14_FirstIndochinaWar 71",
      "15_MexicanRev 78",
      "16_SpanishCivilWar 63"
    };
    for (String row : rows) {
      README_COUNTS.put(row.split(" ")[0], Integer.parseInt(row.split(" ")[1]));
    }
  }

  private static Path evalData;
  private static GoldCorpus corpus;

  @BeforeAll
  static void read() throws IOException {
    evalData = EvalData.path();
    corpus = WikiWarsReader.read(evalData);
  }

  @Test
  void readsDocuments01To16() {
    assertThat(corpus.name()).isEqualTo("wikiwars");
    assertThat(corpus.documents())
        .extracting(GoldDocument::id)
        .containsExactlyElementsOf(README_COUNTS.keySet());
  }

  @Test
  void countsMatchTheReadmeLessOneDctPerDocument() {
    for (GoldDocument document : corpus.documents()) {
      assertThat(document.timexes())
          .as(document.id())
          .hasSize(README_COUNTS.get(document.id()) - 1);
    }
    assertThat(corpus.timexCount()).isEqualTo(2159);
  }

  @Test
  void countsTimexesWithoutValueAndNestedOnes() {
    long withoutValue = corpus.documents().stream()
        .flatMap(d -> d.timexes().stream())
        .filter(t -> t.value() == null)
        .count();
    long nested = corpus.documents().stream()
        .flatMap(d -> d.timexes().stream()
            .filter(inner -> d.timexes().stream()
                .anyMatch(outer -> outer != inner
                    && outer.span().contains(inner.span())
                    && outer.span().length() > inner.span().length())))
        .count();

    assertThat(withoutValue).isEqualTo(56);
    assertThat(nested).isEqualTo(20);
  }

  @Test
  void everyGoldSpanCoversExactlyItsTagContent() {
    for (GoldDocument document : corpus.documents()) {
      for (GoldTimex timex : document.timexes()) {
        assertThat(document.text().substring(timex.span().start(), timex.span().end()))
            .as(timex.id())
            .isEqualTo(timex.text())
            .isNotBlank();
      }
    }
  }

  @Test
  void plainTextEqualsTheSourceSgm() throws IOException {
    for (GoldDocument document : corpus.documents()) {
      String source = WikiWarsSourceText.read(WikiWarsReader.sourceFile(evalData, document.id()));
      assertThat(document.text()).as(document.id()).isEqualTo(source);
    }
  }

  @Test
  void readsTheDctAndTheFirstExpressions() {
    assertThat(corpus.documents())
        .allSatisfy(d -> assertThat(d.creationDate()).isEqualTo(LocalDate.of(2009, 12, 19)));
    GoldDocument ww2 = corpus.documents().get(0);
    assertThat(ww2.text())
        .startsWith("\nCourse of the war\n\nWar breaks out in Europe\n\nOn September 1, 1939,");
    assertThat(ww2.timexes().get(0))
        .isEqualTo(new GoldTimex(
            "01_WW2#1", Span.of(49, 66), "September 1, 1939", "1939-09-01", null, null));
    assertThat(ww2.timexes())
        .filteredOn(t -> t.text().equals("early October"))
        .first()
        .satisfies(t -> assertThat(t.mod()).isEqualTo("START"))
        .satisfies(t -> assertThat(t.value()).isEqualTo("1939-10"));
  }
}
