package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.app.Pipelines;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.IngestLimits;
import org.annalist.ingest.Ingested;
import org.annalist.model.KeptApart;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, regression: a run killed after it saved a new document but before it linked the
 * corpus left stale entities and a stale timeline, and the next run, finding every file
 * unchanged and a timeline present, did not link again. Linking is now owed until the timeline
 * is stored for the latest documents, and a merge decision owes it too.
 */
class KilledBeforeLinkingTest {
  @TempDir
  Path work;

  @Test
  void aDocumentSavedByARunKilledBeforeLinkingIsLinkedByTheNextRun() throws IOException {
    Path folder = Files.createDirectories(work.resolve("corpus"));
    List<Path> news = TestCorpora.writeNews(work.resolve("all"), 3);
    Files.copy(news.get(0), folder.resolve(news.get(0).getFileName()));
    Files.copy(news.get(1), folder.resolve(news.get(1).getFileName()));
    Path store = work.resolve("store");
    CliRun.analyze(folder, store);

    Path added = Files.copy(news.get(2), folder.resolve(news.get(2).getFileName()));
    saveWithoutLinking(AnnalistStore.open(store), added);
    CliRun rerun = CliRun.analyze(folder, store);

    assertThat(rerun.out())
        .contains("3 succeeded (0 new or changed, 3 unchanged)")
        .contains("Linked ");
    Path fresh = work.resolve("fresh");
    CliRun.analyze(folder, fresh);
    assertThat(StoreSnapshot.of(store, work.resolve("rerun.json")))
        .usingRecursiveComparison()
        .isEqualTo(StoreSnapshot.of(fresh, work.resolve("fresh.json")));
  }

  @Test
  void aMergeDecisionStoredByAProcessKilledBeforeItLinkedIsLinkedByTheNextRun() throws IOException {
    Path folder = Files.createDirectories(work.resolve("corpus"));
    Files.copy(TestCorpora.writeNews(work.resolve("all"), 1).get(0), folder.resolve("news.txt"));
    Path store = work.resolve("store");
    CliRun.analyze(folder, store);

    AnnalistStore.open(store).keepApart(new KeptApart("Airbus", "EADS"));
    CliRun rerun = CliRun.analyze(folder, store);

    assertThat(rerun.out())
        .contains("1 succeeded (0 new or changed, 1 unchanged)")
        .contains("Linked ");
    assertThat(AnnalistStore.open(store).isLinkingPending()).isFalse();
    assertThat(CliRun.analyze(folder, store).out()).doesNotContain("Linked ");
  }

  /** What a run killed between its document saves and linking leaves: the document, no linking. */
  private static void saveWithoutLinking(AnnalistStore store, Path file) {
    Pipeline pipeline = Pipelines.standard();
    RunContext run = RunContext.start();
    Ingested ingested = (Ingested) new DocumentReader(IngestLimits.DEFAULTS).read(file);
    store.save(pipeline.run(ingested.document(), run), pipeline.fingerprint(), run.runId());
  }
}
