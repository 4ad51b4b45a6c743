package org.annalist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.eval.score.SystemTimex;
import org.annalist.model.Span;
import org.annalist.time.AnchoringMode;
import org.junit.jupiter.api.Test;

/** The command line end to end on the real gold, with a toy system that tags four-digit years. */
class TimexEvaluationTest {

  /** Tags every 1000-2099 number as a year; throws on texts containing "Bastille" to test failures. */
  private static final class YearSystem implements TimexSystem {
    private static final Pattern YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");
    private final boolean failOnBastille;

    YearSystem(boolean failOnBastille) {
      this.failOnBastille = failOnBastille;
    }

    @Override
    public String name() {
      return "years";
    }

    @Override
    public List<SystemTimex> tag(String text, LocalDate creationDate, AnchoringMode mode) {
      if (failOnBastille && text.contains("Bastille")) {
        throw new IllegalStateException("no Bastille");
      }
      Matcher matcher = YEAR.matcher(text);
      return matcher
          .results()
          .map(m -> new SystemTimex(Span.of(m.start(), m.end()), m.group(), "DATE", null))
          .toList();
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(boolean failOnBastille, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new TimexEvaluation(() -> new YearSystem(failOnBastille))
        .run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String evalData() {
    return EvalData.path().toString();
  }

  @Test
  void printsOneRowPerCorpus() {
    Run run = run(false, "--eval-data", evalData());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("strict P/R/F1", "strict+value F1", "day value F1");
    assertThat(run.out()).containsPattern("wikiwars +narrative +16 +2159 ");
    assertThat(run.out()).containsPattern("meantime +news +120 +370 ");
    assertThat(run.out()).containsPattern("esc +news +255 +653 ");
  }

  @Test
  void verboseShowsOnlyTheNotesOfTheUntouchedTestSet() {
    Run run = run(false, "--corpus", "esc", "--eval-data", evalData(), "--verbose");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "== esc (news mode",
            "note: 653 anchored time markables scored in 255 documents",
            "per-document rows and errors are not shown");
    assertThat(run.out())
        .doesNotContain("1_10ecbplus", "value errors", "missed gold", "spurious system");
  }

  @Test
  void topicsSelectEscTopicFolders() {
    Run run = run(false, "--corpus", "esc", "--topics", "1,3", "--eval-data", evalData());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("esc +news +31 ");
  }

  @Test
  void verboseAddsDocumentsAndErrorBreakdowns() {
    Run run = run(false, "--corpus", "wikiwars", "--eval-data", evalData(), "--verbose");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("01_WW2", "value errors (gold -> system)", "missed gold", "spurious system");
    assertThat(run.out()).doesNotContain("meantime");
  }

  @Test
  void aFailingDocumentIsNamedAndTheRunGoesOn() {
    Run run = run(true, "--corpus", "wikiwars", "--eval-data", evalData());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("error: wikiwars 08_FrenchRev: years failed: java.lang.IllegalStateException");
    assertThat(run.out()).containsPattern("wikiwars +narrative +16 +2159 ");
  }

  @Test
  void misuseExitsWithTwo() {
    assertThat(run(false, "--corpus", "timebank").status()).isEqualTo(2);
    Run missing = run(false, "--eval-data", "/nonexistent/eval-data");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("eval data folder not found: /nonexistent/eval-data");
  }

  @Test
  void helpPrintsUsage() {
    Run run = run(false, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: eval-timex");
  }
}
