package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 2: analysing a folder again after files were added, changed and deleted leaves
 * the store a full analysis of the final folder from scratch would: the same documents, entities
 * with their merges, events, conflicts and profiles, and the same export byte for byte.
 */
class IncrementalAnalysisTest {
  @TempDir
  Path work;

  @Test
  void addingChangingAndDeletingFilesLeavesWhatAFullRebuildOfTheFinalFolderLeaves()
      throws IOException {
    Path folder = Files.createDirectories(work.resolve("corpus"));
    List<Path> news = TestCorpora.writeNews(work.resolve("all"), 7);
    for (Path file : news.subList(0, 6)) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    Path incremental = work.resolve("incremental");
    assertThat(CliRun.analyze(folder, incremental).out())
        .contains("6 succeeded (6 new or changed, 0 unchanged)");

    Files.copy(news.get(6), folder.resolve(news.get(6).getFileName()));
    Files.writeString(
        folder.resolve(news.get(1).getFileName()),
        "\nOn 3 March 2007 Airbus said it would cut 10,000 jobs; Boeing did not comment.\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.delete(folder.resolve(news.get(3).getFileName()));
    CliRun again = CliRun.analyze(folder, incremental);
    assertThat(again.out())
        .contains("6 succeeded (2 new or changed, 4 unchanged), 0 failed, 1 removed")
        .contains("Linked ");

    Path rebuilt = work.resolve("rebuilt");
    assertThat(CliRun.analyze(folder, rebuilt).out())
        .contains("6 succeeded (6 new or changed, 0 unchanged)");

    StoreSnapshot afterUpdates = StoreSnapshot.of(incremental, work.resolve("incremental.json"));
    StoreSnapshot fromScratch = StoreSnapshot.of(rebuilt, work.resolve("rebuilt.json"));
    assertThat(afterUpdates.documents()).hasSize(6);
    assertThat(afterUpdates.entities()).isNotEmpty();
    assertThat(afterUpdates.events()).isNotEmpty();
    assertThat(afterUpdates).usingRecursiveComparison().isEqualTo(fromScratch);
  }
}
