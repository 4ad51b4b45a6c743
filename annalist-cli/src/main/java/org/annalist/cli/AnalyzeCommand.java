package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.app.AnalysisReport;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist analyze DIR...}: analyzes folders into a store, incrementally. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze the files in the folders into a store.",
      "Unchanged files are skipped, changed files replaced, deleted files forgotten.",
      "A file that cannot be read is reported with the reason and the others go on."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  AnalysisOptions analysis;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--fail-on-error",
      description = "Exit with 1 if any file failed (default: report and exit 0).")
  boolean failOnError;

  @Override
  public Integer call() {
    analysis.validate();
    AnnalistStore opened = store.openOrCreate();
    try (ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getOut(), spec.commandLine().getErr())) {
      AnalysisReport report = analysis.analyze(opened, progress);
      progress.report(
          report, store.directory() + " (" + opened.counts().documents() + " documents)");
      return failOnError && report.summary().failed() > 0 ? Failures.FAILURE : 0;
    }
  }
}
