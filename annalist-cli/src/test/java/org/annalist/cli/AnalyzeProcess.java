package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code annalist analyze} in a child JVM (this JVM's java and class path), its output in a log
 * file, so that it can be killed with SIGKILL or given a heap of its own.
 */
record AnalyzeProcess(Process process, Path log) {

  /** Starts {@code annalist analyze CORPUS --store STORE ARGS...} with these JVM options. */
  static AnalyzeProcess start(
      Path corpus, Path store, Path log, List<String> javaOptions, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaOptions);
    command.addAll(List.of(
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(),
        "analyze",
        corpus.toString(),
        "--store",
        store.toString()));
    command.addAll(args);
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new AnalyzeProcess(process, log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Sends SIGKILL (on Unix, {@link Process#destroyForcibly()} is {@code kill -9}) and waits for the end. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /**
   * Waits for the process to end; kills it and fails if it runs longer than the limit, a guard
   * against a hung run, not a measure of speed.
   */
  int awaitExit(Duration limit) throws InterruptedException, IOException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new IllegalStateException(
          "annalist analyze still ran after " + limit + "; output:\n" + output());
    }
    return process.exitValue();
  }

  String output() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
