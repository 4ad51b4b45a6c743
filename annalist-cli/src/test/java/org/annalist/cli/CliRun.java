package org.annalist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.annalist.export.ExportSchema;
import picocli.CommandLine;

/**
 * One in-process run of the command line, with what it printed. Every JSON export a test writes
 * with {@code --out} is checked against the schema of {@code annalist-export/1}.
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    if (exitCode == 0) {
      checkJsonExport(List.of(args));
    }
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** {@code annalist export --store STORE --format json --out FILE}, checked against the schema. */
  static CliRun exportJson(Path store, Path file) {
    return of("export", "--store", store.toString(), "--format", "json", "--out", file.toString());
  }

  private static void checkJsonExport(List<String> args) {
    int format = args.indexOf("--format");
    int file = args.indexOf("--out");
    if (args.isEmpty()
        || !args.get(0).equals("export")
        || format < 0
        || file < 0
        || !args.get(format + 1).equals("json")) {
      return;
    }
    try {
      Set<ValidationMessage> problems = ExportSchema.problems(
          new ObjectMapper().readTree(Path.of(args.get(file + 1)).toFile()));
      if (!problems.isEmpty()) {
        throw new AssertionError(
            "the export " + args.get(file + 1) + " breaks annalist-export/1: " + problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Analyzes a folder into a store in-process; fails unless the command exits 0. */
  static CliRun analyze(Path folder, Path store) {
    CliRun run = of("analyze", folder.toString(), "--store", store.toString());
    if (run.exitCode() != 0) {
      throw new IllegalStateException(
          "analyze " + folder + " exited " + run.exitCode() + ": " + run.err());
    }
    return run;
  }

  /** The shared folder beside the repository (eval data and the seed corpus). */
  static Path shared() {
    String configured = System.getProperty("annalist.shared");
    Path shared = Path.of(configured == null ? "../../shared" : configured)
        .toAbsolutePath()
        .normalize();
    if (!Files.isDirectory(shared.resolve("corpus/seeds"))) {
      throw new IllegalStateException("the seed corpus is missing: expected "
          + shared.resolve("corpus/seeds") + " (the repository must have ../shared beside it)");
    }
    return shared;
  }
}
