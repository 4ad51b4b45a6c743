package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.store.AnnalistStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages for misuse. */
class CommandLineTest {
  @TempDir
  Path work;

  @Test
  void aMissingFolderIsMisuseAndSaysWhichFolder() {
    CliRun run = CliRun.of(
        "analyze",
        work.resolve("nowhere").toString(),
        "--store",
        work.resolve("s").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot analyze " + work.resolve("nowhere") + ": no such file or folder");
  }

  @Test
  void anUnknownTimeModeIsMisuseAndCreatesNoStore() {
    CliRun run = CliRun.of(
        "analyze",
        work.toString(),
        "--time-mode",
        "poetry",
        "--store",
        work.resolve("s").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--time-mode", "must be auto, news or narrative, was 'poetry'");
    assertThat(work.resolve("s")).doesNotExist();
  }

  @Test
  void anUnknownOptionIsMisuse() {
    CliRun run = CliRun.of("analyze", work.toString(), "--frobnicate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void exportingAStoreThatDoesNotExistIsMisuseAndSaysWhatToDo() {
    CliRun run =
        CliRun.of("export", "--store", work.resolve("none").toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no store at " + work.resolve("none"))
        .contains("run 'annalist analyze DIR");
  }

  @Test
  void anUnknownExportFormatIsMisuseAndListsTheKnownOnes() {
    CliRun run = CliRun.of("export", "--store", work.toString(), "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "unknown export format 'xml'; known formats: json, csv, timelinejs, graphml, jsonld");
  }

  @Test
  void aRateLimitBelowOneIsMisuse() {
    AnnalistStore.open(work.resolve("store"));
    CliRun run = CliRun.of(
        "serve", "--store", work.resolve("store").toString(), "--port", "0", "--rate-limit", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--rate-limit must be at least 1 request a second, was 0");
  }

  @Test
  void runRefusesABusyPortBeforeItAnalyzesOrCreatesAStore() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Stalin met Mao in Moscow on 16 December 1949.\n");
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of(
          "run",
          corpus.toString(),
          "--store",
          work.resolve("store").toString(),
          "--port",
          String.valueOf(busy.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains("cannot serve on 127.0.0.1 port " + busy.getLocalPort())
          .contains("nothing was analyzed");
      assertThat(run.out()).doesNotContain("Analyzed");
      assertThat(work.resolve("store")).doesNotExist();
    }
  }

  @Test
  void serveListensOnLoopbackUnlessToldOtherwise() {
    CliRun run = CliRun.of("serve", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--host=HOST")
        .contains("default: 127.0.0.1,")
        .contains("--rate-limit=N");
  }

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("run", "analyze", "export", "serve");
  }
}
