package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.app.AnalysisReport;
import org.annalist.app.ThroughputReport;
import org.annalist.app.ThroughputReport.Phase;
import org.annalist.store.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command's misuse rules and its last line. Running it for real loads CoreNLP's default
 * models (about 1 GB of heap and a minute), so that is left to the command itself
 * (docs/BENCHMARKS.md), not the test suite.
 */
class BenchCommandTest {
  @TempDir
  Path work;

  @Test
  void aMissingFolderIsMisuse() {
    CliRun run = CliRun.of("bench", work.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot analyze " + work.resolve("nowhere") + ": no such file or folder");
  }

  @Test
  void aFolderWithoutFilesIsMisuseAndNothingIsLoaded() throws Exception {
    Path empty = Files.createDirectory(work.resolve("empty"));
    CliRun run = CliRun.of("bench", empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nothing to benchmark: no files under");
    assertThat(run.out()).doesNotContain("tok/s");
  }

  @Test
  void theLastLineGivesBothThroughputsOverTheSameTokensAndTheirRatio() {
    AnalysisReport analysis = new AnalysisReport(
        "run", new RunSummary(2, 0, 0, 0), List.of(), Duration.ofSeconds(4), null);
    ThroughputReport report = new ThroughputReport(
        analysis,
        2,
        12_000,
        2,
        false,
        new Phase(Duration.ofSeconds(6), Duration.ofSeconds(4)),
        new Phase(Duration.ofSeconds(50), Duration.ofSeconds(15)),
        Duration.ofSeconds(80));

    assertThat(BenchCommand.summaryLine(report))
        .isEqualTo("annalist 3,000 tok/s; corenlp-default 800 tok/s; ratio 3.75");
    assertThat(report.annalist().tokensPerSecondWithLoading(report.tokens())).isEqualTo(1200.0);
  }

  @Test
  void slowRatesKeepADecimal() {
    assertThat(BenchCommand.rate(42.25)).isEqualTo("42.3");
    assertThat(BenchCommand.rate(123_456.4)).isEqualTo("123,456");
  }
}
