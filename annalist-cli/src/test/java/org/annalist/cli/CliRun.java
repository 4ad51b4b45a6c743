package org.annalist.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Analyzes a folder into a store in-process; fails unless the command exits 0. */
  static CliRun analyze(Path folder, Path store) {
    CliRun run = of("analyze", folder.toString(), "--store", store.toString());
    if (run.exitCode() != 0) {
      throw new IllegalStateException("analyze " + folder + " exited " + run.exitCode() + ": " + run.err());
    }
    return run;
  }

  /** The shared folder beside the repository (eval data and the seed corpus). */
  static Path shared() {
    String configured = System.getProperty("annalist.shared");
    Path shared = Path.of(configured == null ? "../../shared" : configured).toAbsolutePath().normalize();
    if (!Files.isDirectory(shared.resolve("corpus/seeds"))) {
      throw new IllegalStateException("the seed corpus is missing: expected " + shared.resolve("corpus/seeds")
          + " (the repository must have ../shared beside it)");
    }
    return shared;
  }
}
