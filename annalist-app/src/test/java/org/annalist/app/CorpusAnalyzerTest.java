package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.ingest.IngestLimits;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.annalist.store.StoredFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's wiring against a temporary store: a folder analyzed by the standard pipeline, its
 * documents saved, its failures recorded, the corpus linked into entities and a timeline whose
 * items keep to the export contract, and a second run that finds nothing to do.
 */
class CorpusAnalyzerTest {
  private static final String TELEGRAM =
      "On 20 July 1941 Stalin sent a telegram to Mao Zedong in Yan'an, asking for"
          + " troops.\nMao Zedong refused the request on 26 July 1941.\n";
  private static final String TREATY =
      "Mao Zedong arrived in Moscow on 16 December 1949.\nStalin and Mao Zedong signed"
          + " the treaty in Moscow on 14 February 1950.\n";

  @TempDir
  static Path work;

  private static AnnalistStore store;
  private static AnalysisReport first;
  private static AnalysisReport second;
  private static Path corpus;

  @BeforeAll
  static void analyzeTwice() throws IOException {
    corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("telegram.txt"), TELEGRAM);
    Files.writeString(corpus.resolve("treaty.txt"), TREATY);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    store = AnnalistStore.open(work.resolve("store"));
    CorpusAnalyzer analyzer =
        new CorpusAnalyzer(store, Pipelines.standard(), IngestLimits.DEFAULTS, 2);
    first = analyzer.analyze(List.of(corpus), AnalysisListener.NONE);
    second = analyzer.analyze(List.of(corpus), AnalysisListener.NONE);
  }

  @Test
  void storesEachGoodFileAndRecordsEachBadOneWithItsReason() {
    assertThat(first.summary().analyzed()).isEqualTo(2);
    assertThat(first.summary().failed()).isEqualTo(1);
    assertThat(store.documents())
        .extracting(DocumentSummary::path)
        .containsExactly(
            corpus.resolve("telegram.txt").toString(),
            corpus.resolve("treaty.txt").toString());
    assertThat(store.failures())
        .extracting(StoredFailure::path, StoredFailure::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(corpus.resolve("empty.txt").toString(), "empty"));
  }

  @Test
  void linksTheCorpusIntoEntitiesAndATimelineThatKeepsToTheExportContract() {
    assertThat(first.corpusSteps()).isNotNull();
    assertThat(store.entities())
        .extracting(entity -> entity.name())
        .contains("Stalin", "Mao Zedong");
    List<String> events = new ArrayList<>();
    store.forEachEvent(events::add);
    assertThat(events).isNotEmpty().allSatisfy(json -> {
      org.annalist.export.ExportedEvent event = org.annalist.export.ExportContract.event(json);
      assertThat(org.annalist.export.ExportContract.toJson(event)).isEqualTo(json);
    });
    assertThat(store.isLinkingPending()).isFalse();
  }

  @Test
  void aSecondRunOverTheSameFolderChangesNothing() {
    assertThat(second.summary().analyzed()).isZero();
    assertThat(second.summary().unchanged()).isEqualTo(2);
    assertThat(second.summary().failed()).isEqualTo(1);
    assertThat(second.corpusSteps())
        .as("nothing changed, so nothing is linked again")
        .isNull();
  }
}
