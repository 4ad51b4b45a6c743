package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, item 7: a store on a read-only medium is exported and listed without writing. The
 * medium is a read-only bind mount of a store just analyzed, which needs the rights to mount
 * (root in a container that allows it, as on the project's machines; elsewhere the test is
 * skipped, and {@code StoreMediaTest} checks the same reading in annalist-store). Before the
 * fix, opening the store made SQLite's WAL files beside it, which a read-only folder refuses.
 */
class ReadOnlyStoreTest {
  @TempDir
  Path work;

  @Test
  void aStoreOnAReadOnlyMountIsExportedAndListedAsAWritableOneIs()
      throws IOException, InterruptedException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(
        corpus.resolve("a.txt"),
        "The treaty was signed in Moscow on 14 February 1950 by Zhou Enlai.\n");
    Path store = work.resolve("store");
    CliRun.analyze(corpus, store);
    Path mounted = Files.createDirectories(work.resolve("read-only"));
    Assumptions.assumeTrue(
        run("mount", "--bind", store.toString(), mounted.toString()),
        "this user cannot mount (needs root and a container that allows it)");
    try {
      Assumptions.assumeTrue(
          run("mount", "-o", "remount,ro,bind", mounted.toString()), "cannot remount read-only");
      assertThat(run("touch", mounted.resolve("probe").toString()))
          .as("the mount refuses writes")
          .isFalse();

      CliRun fromReadOnly = CliRun.exportJson(mounted, work.resolve("read-only.json"));
      CliRun entities = CliRun.of("entities", "--store", mounted.toString());

      assertThat(fromReadOnly.exitCode()).as(fromReadOnly.err()).isZero();
      assertThat(entities.exitCode()).as(entities.err()).isZero();
      assertThat(entities.out()).contains("Zhou Enlai");
      CliRun fromWritable = CliRun.exportJson(store, work.resolve("writable.json"));
      assertThat(fromWritable.exitCode()).isZero();
      assertThat(Files.readString(work.resolve("read-only.json")))
          .isEqualTo(Files.readString(work.resolve("writable.json")));
    } finally {
      run("umount", mounted.toString());
    }
  }

  /** Runs a command; true if it exited 0. */
  private static boolean run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    return process.waitFor() == 0;
  }
}
