package org.annalist.eval.score;

import static org.annalist.eval.score.Samples.document;
import static org.annalist.eval.score.Samples.gold;
import static org.annalist.eval.score.Samples.system;
import static org.annalist.eval.score.Samples.typedGold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.model.Span;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
  private static final Offset<Double> CLOSE = within(1e-9);
  private static final String TEXT =
      "In July 1941 the army moved; three days later, in the winter of 1942, it stopped.";

  /** Four gold (one nested) against five system expressions. */
  private static DocumentScore worked() {
    GoldDocument document = document(
        TEXT,
        List.of(
            gold(TEXT, "July 1941", "1941-07"),
            gold(TEXT, "three days later", "1941-07-04"),
            gold(TEXT, "the winter of 1942", "1942-WI"),
            gold(TEXT, "1942", "1942")));
    return TimexScorer.score(
        document,
        List.of(
            system(TEXT, "July 1941", "1941-07"), // strict, value right
            system(TEXT, "three days", "P3D"), // relaxed only, value wrong
            system(
                TEXT,
                "winter of 1942",
                "1942-wi"), // relaxed with the outer gold, value right (case aside)
            system(TEXT, "1942", "1941"), // strict with the nested gold, value wrong
            system(TEXT, "army", "XXXX"))); // spurious
  }

  @Test
  void countsStrictRelaxedAndValueMatches() {
    TimexCounts counts = worked().counts();

    assertThat(counts).isEqualTo(new TimexCounts(4, 5, 0, 2, 4, 2, 1, 2, 0, 0));
  }

  @Test
  void theDayValueCountForgivesOnlyTheClock() {
    String text = "It began at 3:33 a.m. Tuesday and ended at noon Wednesday.";
    GoldDocument document = document(
        text,
        List.of(
            gold(text, "3:33 a.m. Tuesday", "2012-08-07T12:33Z"),
            gold(text, "noon Wednesday", "2012-08-08T12:00")));
    TimexCounts counts = TimexScorer.score(
            document,
            List.of(
                system(text, "3:33 a.m. Tuesday", "2012-08-07T03:33"),
                system(text, "noon Wednesday", "2012-08-09T12:00")))
        .counts();

    assertThat(counts.value()).isZero();
    assertThat(counts.dayValue()).isEqualTo(1);
    assertThat(counts.dayValueScore()).isEqualTo(Prf.of(1, 2, 2));
  }

  @Test
  void scoresAreMicroPrecisionRecallAndF1() {
    TimexCounts counts = worked().counts();

    assertThat(counts.strictScore()).isEqualTo(Prf.of(2, 5, 4));
    assertThat(counts.strictScore().precision()).isCloseTo(0.4, CLOSE);
    assertThat(counts.strictScore().recall()).isCloseTo(0.5, CLOSE);
    assertThat(counts.strictScore().f1()).isCloseTo(4.0 / 9, CLOSE);
    assertThat(counts.relaxedScore().f1()).isCloseTo(2 * 0.8 * 1.0 / 1.8, CLOSE);
    assertThat(counts.valueScore().f1()).isCloseTo(4.0 / 9, CLOSE);
    assertThat(counts.strictValueScore().precision()).isCloseTo(0.2, CLOSE);
    assertThat(counts.strictValueScore().recall()).isCloseTo(0.25, CLOSE);
    assertThat(counts.typeAccuracy()).isEmpty();
  }

  @Test
  void listsValueErrorsMissedAndSpurious() {
    DocumentScore score = worked();

    assertThat(score.valueErrors())
        .containsExactly(
            new ValueError("doc", "three days later", "1941-07-04", "three days", "P3D"),
            new ValueError("doc", "1942", "1942", "1942", "1941"));
    assertThat(score.missed()).isEmpty();
    assertThat(score.spurious()).containsExactly("army");
  }

  @Test
  void goldWithoutValueIsRightOnlyForAnEmptySystemValue() {
    String text = "that spring and the next spring";
    GoldDocument document = document(
        text, List.of(gold(text, "that spring", null), gold(text, "the next spring", null)));

    TimexCounts counts = TimexScorer.score(
            document,
            List.of(system(text, "that spring", ""), system(text, "the next spring", "1942-SP")))
        .counts();

    assertThat(counts.strict()).isEqualTo(2);
    assertThat(counts.value()).isEqualTo(1);
    assertThat(counts.strictValue()).isEqualTo(1);
  }

  @Test
  void systemOutputInUnscoredRegionsIsLeftOut() {
    String text = "March 6, 2008\nOn Monday Apple spoke.\nOn Tuesday it sold.";
    GoldDocument document = document(
        text,
        List.of(gold(text, "Monday", "2008-03-03")),
        Samples.find(text, "March 6, 2008", 0),
        Span.of(text.indexOf("On Tuesday"), text.length()));

    TimexCounts counts = TimexScorer.score(
            document,
            List.of(
                system(text, "March 6, 2008", "2008-03-06"),
                system(text, "Monday", "2008-03-03"),
                system(text, "Tuesday", "2008-03-04")))
        .counts();

    assertThat(counts).isEqualTo(new TimexCounts(1, 1, 2, 1, 1, 1, 1, 1, 0, 0));
  }

  @Test
  void typeAccuracyCountsRelaxedMatchesWithTypedGold() {
    String text = "for three years, until 2008";
    GoldDocument document = document(
        text,
        List.of(
            typedGold(text, "three years", "P3Y", "DURATION"),
            typedGold(text, "2008", "2008", "DATE")));

    TimexCounts counts = TimexScorer.score(
            document,
            List.of(
                new SystemTimex(Samples.find(text, "three years", 0), "P3Y", "DURATION", null),
                new SystemTimex(Samples.find(text, "until 2008", 0), "2008", "TIME", null)))
        .counts();

    assertThat(counts.typed()).isEqualTo(2);
    assertThat(counts.typeCorrect()).isEqualTo(1);
    assertThat(counts.typeAccuracy()).hasValue(0.5);
  }

  @Test
  void nothingFoundScoresZeroWithoutDividingByZero() {
    TimexCounts counts = TimexScorer.score(
            document(TEXT, List.of(gold(TEXT, "July 1941", "1941-07"))), List.of())
        .counts();

    assertThat(counts.strictScore()).isEqualTo(new Prf(0, 0, 0));
    assertThat(Prf.of(0, 0, 0)).isEqualTo(new Prf(0, 0, 0));
  }

  @Test
  void refusesASystemSpanOutsideTheText() {
    GoldDocument document = document(TEXT, List.of());

    assertThatThrownBy(() -> TimexScorer.score(document, List.of(SystemTimex.of(70, 200, "1942"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document doc: system span [70, 200) does not fit the text");
  }

  @Test
  void corpusTotalsSumCountsBeforeDividing() {
    DocumentScore perfect = TimexScorer.score(
        document(TEXT, List.of(gold(TEXT, "July 1941", "1941-07"))),
        List.of(system(TEXT, "July 1941", "1941-07")));
    CorpusScore corpus = new CorpusScore("test", List.of(perfect, worked()));

    assertThat(corpus.total()).isEqualTo(new TimexCounts(5, 6, 0, 3, 5, 3, 2, 3, 0, 0));
    assertThat(corpus.total().strictScore().f1()).isCloseTo(2 * 0.5 * 0.6 / 1.1, CLOSE);
  }
}
