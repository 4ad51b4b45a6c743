package org.annalist.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.annalist.eval.EvalData;
import org.annalist.eval.EvaluationCommandLine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code --task factuality} as the command line reads it, with an evaluation that only keeps what it was given. */
class FactualityCommandLineTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private @Nullable EventArguments given;

  private int run(String... args) {
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--eval-data";
    withData[args.length + 1] = EvalData.path().toString();
    return EvaluationCommandLine.execute(
        new EventCommandLine(EventSystems.standard(), arguments -> {
          given = arguments;
          return 0;
        }),
        withData,
        new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void readsTheDevSplitUnlessAnotherIsAskedFor() {
    assertThat(run("--task", "factuality", "--corpus", "tbaq")).isZero();
    assertThat(given.task()).isEqualTo(EventArguments.Task.FACTUALITY);
    assertThat(given.corpus()).isEqualTo(EventArguments.Corpus.TBAQ);
    assertThat(given.split()).isEqualTo(EcbPlusSplit.DEV);

    assertThat(run("--task", "factuality", "--corpus", "meantime", "--split", "all"))
        .isZero();
    assertThat(given.split()).isEqualTo(EcbPlusSplit.ALL);
  }

  @Test
  void refusesCorporaSplitsAndSystemsItHasNot() {
    assertThat(run("--task", "factuality", "--corpus", "ecbplus")).isEqualTo(2);
    assertThat(run("--task", "factuality", "--corpus", "meantime", "--split", "train"))
        .isEqualTo(2);
    assertThat(run("--task", "factuality", "--corpus", "tbaq", "--system", "annalist"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--task factuality takes");
  }
}
