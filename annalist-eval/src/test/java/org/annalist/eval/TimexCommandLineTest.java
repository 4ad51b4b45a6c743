package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The command line of eval-timex as picocli reads it, with an evaluation that only keeps what it was given. */
class TimexCommandLineTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private @Nullable EvaluationArguments given;

  private int run(String... args) {
    return EvaluationCommandLine.execute(
        new TimexCommandLine(arguments -> {
          given = arguments;
          return 0;
        }),
        args,
        new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String evalData() {
    return EvalData.path().toString();
  }

  @Test
  void defaultsToAllCorporaEachInItsOwnMode() {
    assertThat(run("--eval-data", evalData())).isZero();

    assertThat(given.corpus()).isEqualTo(CorpusChoice.ALL);
    assertThat(given.corpus().corpora())
        .containsExactly(CorpusChoice.WIKIWARS, CorpusChoice.MEANTIME, CorpusChoice.ESC);
    assertThat(given.modeFor(CorpusChoice.WIKIWARS)).isEqualTo(AnchoringMode.NARRATIVE);
    assertThat(given.modeFor(CorpusChoice.MEANTIME)).isEqualTo(AnchoringMode.NEWS);
    assertThat(given.modeFor(CorpusChoice.ESC)).isEqualTo(AnchoringMode.NEWS);
    assertThat(given.topics()).isEmpty();
    assertThat(given.verbose()).isFalse();
  }

  @Test
  void readsEveryOption() {
    assertThat(run(
            "--corpus",
            "meantime",
            "--eval-data",
            evalData(),
            "--mode",
            "narrative",
            "--topics",
            "gm,apple",
            "--verbose"))
        .isZero();

    assertThat(given.corpus()).isEqualTo(CorpusChoice.MEANTIME);
    assertThat(given.evalData()).isEqualTo(EvalData.path());
    assertThat(given.modeFor(CorpusChoice.MEANTIME)).isEqualTo(AnchoringMode.NARRATIVE);
    assertThat(given.topics()).isEqualTo(Set.of("gm", "apple"));
    assertThat(given.verbose()).isTrue();
    assertThat(run("-v", "--eval-data", evalData())).isZero();
    assertThat(given.verbose()).isTrue();
  }

  @Test
  void onlyTheUntouchedTestTopicsHideTheirErrors() {
    assertThat(CorpusChoice.ESC.errorsShown(Set.of())).isFalse();
    assertThat(CorpusChoice.ESC.errorsShown(Set.of("1", "20"))).isFalse();
    assertThat(CorpusChoice.ESC.errorsShown(Set.of("1", "19"))).isTrue();
    assertThat(CorpusChoice.WIKIWARS.errorsShown(Set.of())).isTrue();
    assertThat(CorpusChoice.MEANTIME.errorsShown(Set.of("gm"))).isTrue();
  }

  @Test
  void saysWhatIsWrongWithABadCommandLineAndShowsTheUsage() {
    assertThat(run("--corpus", "timebank")).isEqualTo(EvaluationCommandLine.MISUSE);
    assertThat(run("--mode")).isEqualTo(EvaluationCommandLine.MISUSE);
    assertThat(run("--fast")).isEqualTo(EvaluationCommandLine.MISUSE);
    assertThat(given).isNull();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "error: Invalid value for option '--corpus': expected one of [WIKIWARS, MEANTIME, ESC, ALL]"
                + " (case-insensitive) but was 'timebank'")
        .contains("error: Missing required parameter for option '--mode'")
        .contains("error: Unknown option: '--fast'")
        .contains("Usage: eval-timex");
  }
}
