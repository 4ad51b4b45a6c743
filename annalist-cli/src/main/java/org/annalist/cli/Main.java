package org.annalist.cli;

import picocli.CommandLine;

/** Entry point of the {@code annalist} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new AnnalistCommand());
    commandLine.setExecutionExceptionHandler(new Failures());
    return commandLine;
  }
}
