package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.KeptApart;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.annalist.store.StoredFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23: an untrusted folder analyzed and exported from the command line. Links out of the
 * folder are not followed; a file that fails takes its old document out of the store; file names
 * and document text never reach the terminal as control characters; option values no analysis can
 * run with are misuse; an export cleans up after a killed one and warns about a half-linked store.
 */
class UntrustedFolderTest {
  private static final String PRIVATE = "Private notes: the vault code is 4711.\n";
  private static final String GOOD =
      "The treaty was signed in Moscow on 14 February 1950 by Zhou Enlai.\n";

  @TempDir
  Path work;

  @Test
  void linksThatLeaveTheFolderAreReportedAndNotFollowedUnlessAsked() throws IOException {
    Path secret = Files.writeString(
        Files.createDirectories(work.resolve("home")).resolve("secret.txt"), PRIVATE);
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("good.txt"), GOOD);
    Path inside = Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(inside.resolve("kept.txt"), "Mao arrived in Moscow on 16 December 1949.\n");
    Files.createSymbolicLink(corpus.resolve("inside-link.txt"), inside.resolve("kept.txt"));
    Files.createSymbolicLink(corpus.resolve("secret-link.txt"), secret);
    Files.createSymbolicLink(corpus.resolve("status.txt"), Path.of("/proc/self/status"));
    Files.createSymbolicLink(corpus.resolve("parent"), Path.of(".."));
    Path store = work.resolve("store");

    CliRun run = CliRun.of("analyze", corpus.toString(), "--store", store.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> failures = failedLines(run);
    Path secretTarget = secret.toRealPath();
    assertThat(failures)
        .hasSize(3)
        .anyMatch(line -> line.startsWith("failed: " + corpus.resolve("secret-link.txt")
            + ": link-outside: a symbolic" + " link to " + secretTarget))
        .anyMatch(
            line -> line.startsWith("failed: " + corpus.resolve("status.txt") + ": link-outside:"))
        .anyMatch(
            line -> line.startsWith("failed: " + corpus.resolve("parent") + ": link-outside:"))
        .allMatch(line -> line.contains("--follow-links"));
    AnnalistStore opened = AnnalistStore.open(store);
    assertThat(opened.documents())
        .extracting(DocumentSummary::path)
        .containsExactlyInAnyOrder(
            corpus.resolve("good.txt").toString(),
            corpus.resolve("inside-link.txt").toString());
    assertThat(opened.failures()).extracting(StoredFailure::reason).containsOnly("link-outside");
    Path export = work.resolve("export.json");
    assertThat(CliRun.exportJson(store, export).exitCode()).isZero();
    assertThat(Files.readString(export)).doesNotContain("vault code").doesNotContain("VmRSS");

    Path followed = work.resolve("followed");
    Files.delete(corpus.resolve("status.txt"));
    Files.delete(corpus.resolve("parent"));
    CliRun asked =
        CliRun.of("analyze", corpus.toString(), "--store", followed.toString(), "--follow-links");
    assertThat(asked.exitCode()).as(asked.err()).isZero();
    assertThat(failedLines(asked)).isEmpty();
    assertThat(AnnalistStore.open(followed).documents())
        .extracting(DocumentSummary::path)
        .contains(corpus.resolve("secret-link.txt").toString());
  }

  @Test
  void aFileThatFailsNowTakesItsOldDocumentOutOfTheStore() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), GOOD);
    Path emptied = Files.writeString(
        corpus.resolve("b.txt"), "Stalin received Mao in the Kremlin in December 1949.\n");
    Path garbled =
        Files.writeString(corpus.resolve("c.txt"), "Mao left Moscow on 17 February 1950.\n");
    Path incremental = work.resolve("incremental");
    CliRun.analyze(corpus, incremental);
    Files.write(emptied, new byte[0]);
    Files.write(garbled, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0, 0, 0, 0x1b, 0, 0});

    CliRun again = CliRun.of("analyze", corpus.toString(), "--store", incremental.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(failedLines(again))
        .containsExactly(
            "failed: " + emptied
                + ": empty: file is empty (0 bytes) (its earlier analysis was removed from the store)",
            failedLines(again).get(1));
    assertThat(failedLines(again).get(1))
        .startsWith("failed: " + garbled + ": binary:")
        .endsWith("(its earlier analysis was removed from the store)");
    assertThat(again.out())
        .contains("1 succeeded (0 new or changed, 1 unchanged), 2 failed")
        .contains("Dropped from the store because their file failed this time: 2 documents");
    Path fresh = work.resolve("fresh");
    CliRun.analyze(corpus, fresh);
    StoreSnapshot afterUpdates = StoreSnapshot.of(incremental, work.resolve("incremental.json"));
    StoreSnapshot fromScratch = StoreSnapshot.of(fresh, work.resolve("fresh.json"));
    assertThat(afterUpdates.documents()).hasSize(1);
    assertThat(afterUpdates).usingRecursiveComparison().isEqualTo(fromScratch);
  }

  @Test
  void fileNamesAndTextReachTheTerminalWithTheirControlCharactersEscaped() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.write(corpus.resolve("a.txt\nfailed: forged.txt: empty: forged"), new byte[0]);
    Files.write(corpus.resolve("title\u001B]0;owned\u0007.txt"), new byte[0]);
    Files.write(corpus.resolve("clear\u001B[2J\u009B31m.txt"), new byte[0]);
    Files.writeString(
        corpus.resolve("names.txt"),
        "General Alder\u001B[2J met Colonel Brand\u001B]0;owned\u0007 in Vienna on 3 May 1945.\n"
            + "Alder\u001B[2J and Brand\u001B]0;owned\u0007 signed the armistice.\n");
    Path store = work.resolve("store");

    CliRun run = CliRun.of("analyze", corpus.toString(), "--store", store.toString());
    CliRun entities = CliRun.of("entities", "--store", store.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(failedLines(run))
        .hasSize(3)
        .noneMatch(line -> line.startsWith("failed: forged.txt"))
        .anyMatch(line -> line.contains("a.txt\\nfailed: forged.txt: empty: forged: empty:"))
        .anyMatch(line -> line.contains("title\\u001B]0;owned\\u0007.txt: empty:"))
        .anyMatch(line -> line.contains("clear\\u001B[2J\\u009B31m.txt: empty:"));
    for (CliRun printed : List.of(run, entities)) {
      assertThat(printed.out() + printed.err())
          .doesNotContain("\u001B")
          .doesNotContain("\u0007")
          .doesNotContain("\u009B");
    }
    assertThat(entities.exitCode()).isZero();
    assertThat(entities.out()).contains("Alder");
  }

  @Test
  void optionValuesNoAnalysisCanRunWithAreMisuseAndCreateNoStore() throws IOException {
    Files.writeString(Files.createDirectories(work.resolve("corpus")).resolve("a.txt"), GOOD);
    Path store = work.resolve("store");
    String folder = work.resolve("corpus").toString();
    List<List<String>> misuses = List.of(
        List.of(
            "--max-file-size",
            "analyze",
            folder,
            "--max-file-size",
            "-1",
            "--store",
            store.toString()),
        List.of(
            "--max-file-size",
            "analyze",
            folder,
            "--max-file-size",
            "0",
            "--store",
            store.toString()),
        List.of("--timeout", "analyze", folder, "--timeout", "0", "--store", store.toString()),
        List.of("--threads", "analyze", folder, "--threads", "0", "--store", store.toString()),
        List.of("--port", "run", folder, "--port", "99999", "--store", store.toString()),
        List.of("--port", "run", folder, "--port", "-1", "--store", store.toString()),
        List.of("--rate-limit", "run", folder, "--rate-limit", "0", "--store", store.toString()),
        List.of("--threads", "bench", folder, "--threads", "-3"));
    for (List<String> misuse : misuses) {
      CliRun run = CliRun.of(misuse.subList(1, misuse.size()).toArray(String[]::new));

      assertThat(run.exitCode()).as("%s: %s", misuse, run.err()).isEqualTo(2);
      assertThat(run.err()).as("%s", misuse).contains(misuse.get(0) + " must be");
      assertThat(store).as("%s", misuse).doesNotExist();
    }
  }

  @Test
  void anExportRemovesWhatAKilledExportLeftAndWritesAFileLikeAnyOther() throws IOException {
    Path store = storeOfOneText();
    Path out = work.resolve("timeline.json");
    long deadProcess = deadProcessId();
    Path abandoned =
        Files.writeString(work.resolve(".timeline.json." + deadProcess + ".partial"), "{\"half\":");
    Path running = Files.writeString(
        work.resolve(".timeline.json." + ProcessHandle.current().pid() + ".partial"), "");
    Path unrelated = Files.writeString(work.resolve(".other.json." + deadProcess + ".partial"), "");

    CliRun export = CliRun.exportJson(store, out);

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.err()).doesNotContain("warning");
    assertThat(abandoned).doesNotExist();
    assertThat(running)
        .as("this process's own partial file is the one it wrote and renamed")
        .doesNotExist();
    assertThat(unrelated)
        .as("another target's partial file is not this export's")
        .exists();
    assertThat(Files.readString(out)).startsWith("{");
    Path ordinary = Files.createFile(work.resolve("ordinary.txt"));
    assertThat(Files.getPosixFilePermissions(out))
        .as("the permissions the umask gives any new file")
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void anExportOfAStoreWhoseLinkingWasCutShortSaysSo() throws Exception {
    Path store = storeOfOneText();
    AnnalistStore.open(store).keepApart(new KeptApart("Zhou Enlai", "Moscow"));

    CliRun export = CliRun.exportJson(store, work.resolve("x.json"));

    assertThat(export.exitCode()).isZero();
    assertThat(export.err())
        .contains("annalist: warning: the store's entities and timeline are older than its"
            + " documents")
        .contains("run 'annalist analyze'");
  }

  /** A store analyzed from a folder of one good text. */
  private Path storeOfOneText() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), GOOD);
    Path store = work.resolve("store");
    CliRun.analyze(corpus, store);
    return store;
  }

  private static List<String> failedLines(CliRun run) {
    return run.err().lines().filter(line -> line.startsWith("failed: ")).toList();
  }

  /** The id of a process that has ended. */
  private static long deadProcessId() throws IOException {
    Process process = new ProcessBuilder("true").start();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return process.pid();
  }
}
