package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.app.AnalysisReport;
import org.annalist.store.AnnalistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annalist run DIR...}: the main job, analyze then serve. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Analyze the folders into the store, then serve the web UI (the main job).")
final class RunCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  AnalysisOptions analysis;

  @Mixin
  ServeCommand.ServeOptions serve;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    analysis.validate();
    serve.validate();
    serve.requirePortFree();
    AnnalistStore opened = store.openOrCreate();
    try (ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getOut(), spec.commandLine().getErr())) {
      AnalysisReport report = analysis.analyze(opened, progress);
      progress.report(
          report, store.directory() + " (" + opened.counts().documents() + " documents)");
    }
    serve.serveUntilStopped(opened, spec.commandLine().getOut());
    return 0;
  }
}
