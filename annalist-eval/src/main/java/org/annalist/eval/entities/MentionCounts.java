package org.annalist.eval.entities;

import org.annalist.eval.score.Prf;

/**
 * Counts of one mention score.
 *
 * @param correct system mentions paired with a counted gold mention (of the right type, where
 *     the view is typed)
 * @param system system mentions counted
 * @param gold gold mentions counted
 */
public record MentionCounts(int correct, int system, int gold) {

  public static final MentionCounts ZERO = new MentionCounts(0, 0, 0);

  public MentionCounts plus(MentionCounts other) {
    return new MentionCounts(correct + other.correct, system + other.system, gold + other.gold);
  }

  public Prf score() {
    return Prf.of(correct, system, gold);
  }
}
