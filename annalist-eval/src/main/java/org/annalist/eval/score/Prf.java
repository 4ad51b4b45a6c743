package org.annalist.eval.score;

/**
 * Precision, recall and their harmonic mean F1, each 0 when undefined (nothing to divide by).
 *
 * @param precision correct / system
 * @param recall correct / gold
 * @param f1 2PR / (P + R)
 */
public record Prf(double precision, double recall, double f1) {

  /** The scores for {@code correct} true positives among {@code system} answers and {@code gold} keys. */
  public static Prf of(int correct, int system, int gold) {
    return of(system == 0 ? 0 : (double) correct / system, gold == 0 ? 0 : (double) correct / gold);
  }

  /** The given precision and recall with their harmonic mean (0 when both are 0). */
  public static Prf of(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Prf(precision, recall, f1);
  }
}
