package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.annalist.app.CorpusFiles;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 3: {@code annalist analyze}, in a child JVM with a 1 GB heap and a 10-second
 * parse timeout, on a folder of broken and hostile files of every {@link HostileKind} (about 300
 * at CI scale, over 2,000 with {@code scripts/reliability hostile}) beside a few good ones, while
 * another thread deletes and rewrites some of them. The run finishes with exit 0; every bad file
 * is reported by path with a reason, or stored if what could be read of it holds text; no file
 * fails as an Annalist bug ({@code analysis-error}); the good files are stored; the store is
 * sound. The report gives the outcome counts per kind.
 */
class HostileInputTest {
  /** Kinds of which no file may be stored. */
  private static final Set<HostileKind> NEVER_STORED = EnumSet.of(
      HostileKind.EMPTY,
      HostileKind.RANDOM_BYTES,
      HostileKind.ZIP_BOMB,
      HostileKind.GZIP_BOMB,
      HostileKind.EMBEDDED_BOMB,
      HostileKind.LINK_TRAP,
      HostileKind.LINK_OUTSIDE);

  private static final Duration RUN_LIMIT = Duration.ofMinutes(60);

  @TempDir
  Path work;

  @Test
  void everyBadFileIsReportedWithAReasonTheGoodOnesAreStoredAndTheRunEnds() throws Exception {
    long seed = ReliabilityScale.seed();
    Path folder = Files.createDirectories(work.resolve("hostile"));
    HostileCorpus corpus =
        HostileCorpus.write(folder, ReliabilityScale.current(), new Random(seed));
    Path store = work.resolve("store");
    long started = System.nanoTime();
    AnalyzeProcess run;
    int exitCode;
    int changes;
    try (FileChurn churn = FileChurn.start(corpus.churned(), seed)) {
      run = AnalyzeProcess.start(
          folder,
          store,
          work.resolve("analyze.log"),
          List.of("-Xmx1g"),
          List.of("--timeout", "10"));
      exitCode = run.awaitExit(RUN_LIMIT);
      changes = churn.changes();
    } finally {
      FileSystemTraps.unlock(folder);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String output = run.output();
    AnnalistStore opened = AnnalistStore.open(store);
    HostileOutcomes outcomes = HostileOutcomes.of(corpus, output, opened);
    System.out.println(report(corpus, outcomes, seed, took, changes));

    assertThat(exitCode).as(output).isZero();
    assertThat(outcomes.outcomes())
        .as("no file fails as a bug in Annalist")
        .doesNotContainValue(org.annalist.app.CorpusAnalyzer.ANALYSIS_ERROR);
    assertThat(corpus.good())
        .allSatisfy(file -> assertThat(outcomes.outcome(file)).isEqualTo(HostileOutcomes.STORED));
    corpus.files().forEach((file, kind) -> {
      if (kind != HostileKind.VANISHING) {
        assertThat(outcomes.outcome(file))
            .as("%s (%s)", file, kind)
            .isNotEqualTo(HostileOutcomes.NEITHER);
      }
      if (kind == HostileKind.LINK_OUTSIDE) {
        assertThat(outcomes.outcome(file))
            .as("%s (%s)", file, kind)
            .isEqualTo(CorpusFiles.LINK_OUTSIDE);
      }
      if (NEVER_STORED.contains(kind)
          || kind == HostileKind.UNREADABLE && corpus.permissionsEnforced()) {
        assertThat(outcomes.outcome(file))
            .as("%s (%s)", file, kind)
            .isNotEqualTo(HostileOutcomes.STORED);
      }
    });
    assertThat(opened.failures())
        .extracting(StoredFailure::path)
        .containsExactlyInAnyOrderElementsOf(outcomes.reportedPaths());
    assertThat(opened.integrityProblems()).isEmpty();
  }

  private static String report(
      HostileCorpus corpus, HostileOutcomes outcomes, long seed, Duration took, int changes) {
    StringBuilder report = new StringBuilder(String.format(
        "hostile input: %d bad files and %d good ones, seed %d, analyzed in %d s; %d changes by the churning thread%s%n",
        corpus.files().size(),
        corpus.good().size(),
        seed,
        took.toSeconds(),
        changes,
        corpus.permissionsEnforced()
            ? ""
            : "; running as root: permissions 000 do not stop this user, so those files are read"));
    for (Map.Entry<HostileKind, Map<String, Integer>> kind :
        outcomes.byKind(corpus).entrySet()) {
      report.append(String.format("  %-15s %s%n", kind.getKey(), kind.getValue()));
    }
    return report.toString();
  }
}
