package org.annalist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.annalist.app.AnalysisListener;
import org.annalist.app.AnalysisReport;
import org.annalist.app.FileOutcome;
import org.annalist.model.TerminalText;
import org.annalist.store.RunSummary;
import org.jspecify.annotations.Nullable;

/**
 * Shows a run's progress on a terminal (a progress bar on stderr, only when stderr is a
 * terminal) and prints its report: one line per failed file and a summary with the counts.
 */
final class ConsoleProgress implements AnalysisListener, AutoCloseable {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private @Nullable ProgressBar bar;

  ConsoleProgress(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    this.interactive = System.console() != null;
  }

  @Override
  public synchronized void filesFound(int count) {
    if (interactive && count > 0) {
      bar = new ProgressBarBuilder()
          .setTaskName("Analyzing")
          .setInitialMax(count)
          .setUnit(" files", 1)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .setUpdateIntervalMillis(250)
          .build();
    }
  }

  @Override
  public synchronized void fileDone(FileOutcome outcome) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public synchronized void indexing() {
    close();
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  void report(AnalysisReport report, String store) {
    close();
    for (FileOutcome failure : report.failures()) {
      err.println("failed: " + failure.describe());
    }
    RunSummary summary = report.summary();
    out.printf(
        Locale.ROOT,
        "Analyzed %d files in %.1f s: %d succeeded (%d new or changed, %d unchanged), %d failed, %d removed.%n",
        summary.succeeded() + summary.failed(),
        report.elapsed().toMillis() / 1000.0,
        summary.succeeded(),
        summary.analyzed(),
        summary.unchanged(),
        summary.failed(),
        summary.removed());
    long dropped = report.failures().stream().filter(FileOutcome::dropped).count();
    if (dropped > 0) {
      out.printf(
          Locale.ROOT,
          "Dropped from the store because their file failed this time: %d document%s (marked on"
              + " their failed: lines); fix the files and analyze again to bring them back.%n",
          dropped,
          dropped == 1 ? "" : "s");
    }
    AnalysisReport.CorpusSteps steps = report.corpusSteps();
    if (steps != null) {
      double entitySeconds = steps.entityTime().toNanos() / 1e9;
      out.printf(
          Locale.ROOT,
          "Linked %d entities over %,d tokens in %.1f s (%,.0f tokens/s); built a timeline of %d events in %.1f s.%n",
          steps.entities(),
          steps.tokens(),
          entitySeconds,
          steps.tokens() / Math.max(entitySeconds, 1e-9),
          steps.events(),
          steps.timelineTime().toNanos() / 1e9);
    }
    out.println("Store: " + TerminalText.escape(store));
    out.flush();
    err.flush();
  }
}
