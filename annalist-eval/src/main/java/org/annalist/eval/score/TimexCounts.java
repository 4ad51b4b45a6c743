package org.annalist.eval.score;

import java.util.OptionalDouble;

/**
 * The counts behind every score, summable over documents (micro-averaging).
 *
 * @param gold gold expressions scored
 * @param system system expressions scored (those in unscored regions left out)
 * @param unscoredSystem system expressions left out because they lie where gold was not annotated
 * @param strict strict (identical-span) matches
 * @param relaxed relaxed (overlapping-span) matches
 * @param value relaxed matches whose values agree
 * @param strictValue strict matches whose values agree
 * @param dayValue relaxed matches whose values agree once clock times are cut to their day
 * @param typed relaxed matches whose gold has a type
 * @param typeCorrect of those, the ones whose system type agrees
 */
public record TimexCounts(
    int gold,
    int system,
    int unscoredSystem,
    int strict,
    int relaxed,
    int value,
    int strictValue,
    int dayValue,
    int typed,
    int typeCorrect) {

  public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public TimexCounts plus(TimexCounts other) {
    return new TimexCounts(
        gold + other.gold,
        system + other.system,
        unscoredSystem + other.unscoredSystem,
        strict + other.strict,
        relaxed + other.relaxed,
        value + other.value,
        strictValue + other.strictValue,
        dayValue + other.dayValue,
        typed + other.typed,
        typeCorrect + other.typeCorrect);
  }

  /** Extraction with identical spans. */
  public Prf strictScore() {
    return Prf.of(strict, system, gold);
  }

  /** Extraction with overlapping spans. */
  public Prf relaxedScore() {
    return Prf.of(relaxed, system, gold);
  }

  /** TempEval-3 value F1: a true positive is a relaxed match with the same value. */
  public Prf valueScore() {
    return Prf.of(value, system, gold);
  }

  /** A true positive is a strict match with the same value. */
  public Prf strictValueScore() {
    return Prf.of(strictValue, system, gold);
  }

  /**
   * Value F1 with clock times compared by their day only ({@code 2012-08-07T12:33Z} equals {@code
   * 2012-08-07T03:33}): not a TempEval-3 score but a diagnostic for gold that writes clock times
   * in another zone than the text, as ESC converts them to UTC.
   */
  public Prf dayValueScore() {
    return Prf.of(dayValue, system, gold);
  }

  /** The share of relaxed matches with a typed gold whose type the system got right, if any were typed. */
  public OptionalDouble typeAccuracy() {
    return typed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) typeCorrect / typed);
  }
}
