package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.annalist.time.AnchoringMode;
import org.junit.jupiter.api.Test;

class EvaluationArgumentsTest {

  @Test
  void defaultsToAllCorporaEachInItsOwnMode() throws UsageException {
    EvaluationArguments arguments = EvaluationArguments.parse();

    assertThat(arguments.corpus()).isEqualTo(CorpusChoice.ALL);
    assertThat(arguments.corpus().corpora())
        .containsExactly(CorpusChoice.WIKIWARS, CorpusChoice.MEANTIME, CorpusChoice.ESC);
    assertThat(arguments.modeFor(CorpusChoice.WIKIWARS)).isEqualTo(AnchoringMode.NARRATIVE);
    assertThat(arguments.modeFor(CorpusChoice.MEANTIME)).isEqualTo(AnchoringMode.NEWS);
    assertThat(arguments.modeFor(CorpusChoice.ESC)).isEqualTo(AnchoringMode.NEWS);
    assertThat(arguments.verbose()).isFalse();
  }

  @Test
  void readsEveryOption() throws UsageException {
    EvaluationArguments arguments =
        EvaluationArguments.parse("--corpus", "meantime", "--eval-data", "/data/eval", "--mode", "narrative", "--verbose");

    assertThat(arguments.corpus()).isEqualTo(CorpusChoice.MEANTIME);
    assertThat(arguments.evalData()).isEqualTo(Path.of("/data/eval"));
    assertThat(arguments.modeFor(CorpusChoice.MEANTIME)).isEqualTo(AnchoringMode.NARRATIVE);
    assertThat(arguments.verbose()).isTrue();
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
  void saysWhatIsWrongWithABadCommandLine() {
    assertThatThrownBy(() -> EvaluationArguments.parse("--corpus", "timebank"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--corpus must be wikiwars|meantime|esc|all, was 'timebank'");
    assertThatThrownBy(() -> EvaluationArguments.parse("--mode"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--mode needs a value");
    assertThatThrownBy(() -> EvaluationArguments.parse("--fast"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown argument '--fast'");
  }
}
