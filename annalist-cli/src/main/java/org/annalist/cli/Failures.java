package org.annalist.cli;

import org.annalist.app.AnalysisInputException;
import org.annalist.model.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code: misuse (a folder or store that
 * does not exist, an unknown format) is 2 with the usage, anything else is 1. A message may quote a
 * file name, so its control characters are escaped.
 */
final class Failures implements IExecutionExceptionHandler {
  static final int FAILURE = 1;
  static final int MISUSE = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof AnalysisInputException || e instanceof UsageException) {
      commandLine
          .getErr()
          .println("annalist: " + TerminalText.escape(String.valueOf(e.getMessage())));
      commandLine.usage(commandLine.getErr());
      return MISUSE;
    }
    commandLine
        .getErr()
        .println("annalist: failed: " + TerminalText.escape(String.valueOf(e.getMessage())));
    if (Boolean.getBoolean("annalist.debug")) {
      e.printStackTrace(commandLine.getErr());
    } else {
      commandLine
          .getErr()
          .println("(run with ANNALIST_JAVA_OPTS=-Dannalist.debug=true for the stack trace)");
    }
    return FAILURE;
  }

  /** The user asked for something that cannot be done as asked. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
