package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.store.AnnalistStore;

/**
 * Runs {@code annalist analyze} on a corpus in a child JVM with a 1 GB heap, kills it with
 * SIGKILL when its {@link KillPlan} says, and reads what the kill left: which phase the run was
 * in and what the store's integrity check (SQLite and Lucene) finds.
 */
final class CrashHarness {
  private static final Duration RUN_LIMIT = Duration.ofMinutes(20);
  private static final long POLL_MILLIS = 20;
  private static final List<String> JAVA_OPTIONS = List.of("-Xmx1g");

  private final Path corpus;
  private final int documents;
  private final Path logs;
  private int runs;

  /**
   * @param corpus the folder every run analyzes
   * @param documents how many documents it holds, all analyzable
   * @param logs where each run's output goes
   */
  CrashHarness(Path corpus, int documents, Path logs) {
    this.corpus = corpus;
    this.documents = documents;
    this.logs = logs;
  }

  /** One run into the store, killed as planned unless it finishes first. */
  KilledRun run(Path store, KillPlan plan) throws IOException, InterruptedException {
    StoreProbe before = StoreProbe.of(store);
    AnalyzeProcess process = AnalyzeProcess.start(
        corpus, store, logs.resolve("run-" + ++runs + ".log"), JAVA_OPTIONS, List.of());
    boolean killed = awaitKillTime(process, plan, store, before);
    int exitCode = KilledRun.KILLED;
    if (killed) {
      process.kill();
    } else {
      exitCode = process.awaitExit(RUN_LIMIT);
    }
    String phase = KilledRun.phase(before, StoreProbe.of(store), documents, !killed);
    List<String> problems = AnnalistStore.open(store).integrityProblems();
    return new KilledRun(
        plan, phase, exitCode, problems, exitCode == 0 || killed ? "" : process.output());
  }

  /** Waits for the plan's point and delay; false if the run ended first. */
  private boolean awaitKillTime(
      AnalyzeProcess process, KillPlan plan, Path store, StoreProbe before)
      throws InterruptedException {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (!plan.reached(before, StoreProbe.of(store), documents)) {
      if (!process.isAlive()) {
        return false;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the run did not reach " + plan + " within " + RUN_LIMIT);
      }
      Thread.sleep(POLL_MILLIS);
    }
    Thread.sleep(plan.delay().toMillis());
    return process.isAlive();
  }
}
