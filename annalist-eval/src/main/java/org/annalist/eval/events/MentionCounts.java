package org.annalist.eval.events;

import org.annalist.eval.score.Prf;

/**
 * The counts behind the mention detection scores, summable over documents (micro-averaging).
 *
 * @param gold gold mentions scored (those in annotated sentences)
 * @param system system mentions scored
 * @param ignored system mentions left out because they lie outside the annotated sentences
 * @param strict one-to-one pairs with identical spans
 * @param overlap one-to-one pairs with overlapping spans, largest overlap first
 */
public record MentionCounts(int gold, int system, int ignored, int strict, int overlap) {

  public static final MentionCounts ZERO = new MentionCounts(0, 0, 0, 0, 0);

  public MentionCounts plus(MentionCounts other) {
    return new MentionCounts(
        gold + other.gold,
        system + other.system,
        ignored + other.ignored,
        strict + other.strict,
        overlap + other.overlap);
  }

  /** Detection with identical spans. */
  public Prf strictScore() {
    return Prf.of(strict, system, gold);
  }

  /** Detection with overlapping spans. */
  public Prf overlapScore() {
    return Prf.of(overlap, system, gold);
  }
}
