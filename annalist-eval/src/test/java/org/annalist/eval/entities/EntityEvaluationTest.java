package org.annalist.eval.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EntityEvaluation.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aWrongArgumentIsMisuseWithTheUsage() {
    assertThat(run("--corpus", "wikiwars")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("error: Unknown options: '--corpus', 'wikiwars'")
        .contains("Usage: eval-entities");
  }

  @Test
  void aMissingEvalDataFolderIsMisuse() {
    assertThat(run("--eval-data", "/nonexistent/eval-data")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("eval data folder not found");
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--topics");
  }
}
