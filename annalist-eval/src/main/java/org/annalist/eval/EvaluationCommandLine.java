package org.annalist.eval;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs the command line of an evaluation with picocli: help and results on {@code out}; on misuse
 * (an unknown option, a missing or wrong value, an eval-data folder that is not there) {@code
 * error: } and what is wrong, then the usage, on {@code err} and exit status {@value #MISUSE}.
 * Values of choices are read in any case ({@code --corpus meantime}).
 */
public final class EvaluationCommandLine {
  /** The exit status of a command line that cannot be run as given. */
  public static final int MISUSE = 2;

  private EvaluationCommandLine() {}

  /** Parses {@code args} into the command's options, runs it and returns its exit status. */
  public static int execute(Object command, String[] args, PrintStream out, PrintStream err) {
    return new CommandLine(command)
        .setOut(new PrintWriter(new PrintStreamWriter(out), true))
        .setErr(new PrintWriter(new PrintStreamWriter(err), true))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((misuse, given) -> {
          CommandLine commandLine = misuse.getCommandLine();
          commandLine.getErr().println("error: " + misuse.getMessage());
          commandLine.usage(commandLine.getErr());
          return MISUSE;
        })
        .execute(args);
  }

  /**
   * Writes through the stream's own print methods, so the text is encoded with the stream's
   * charset: {@code new PrintWriter(stream)} would encode it with the platform's.
   */
  private static final class PrintStreamWriter extends Writer {
    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      stream.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void flush() {
      stream.flush();
    }

    @Override
    public void close() {
      stream.close();
    }
  }

  /** Fails as misuse, naming the folder looked for, unless the eval-data folder exists. */
  public static void requireEvalData(Path evalData, CommandSpec spec) {
    if (!Files.isDirectory(evalData)) {
      throw new ParameterException(
          spec.commandLine(),
          "eval data folder not found: "
              + evalData.toAbsolutePath().normalize()
              + " (give --eval-data PATH; the default is ../shared/eval-data beside the repository)");
    }
  }
}
