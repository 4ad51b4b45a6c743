package org.annalist.eval.events.coref;

import java.util.Objects;
import org.annalist.eval.score.Prf;

/**
 * The three standard coreference scores of a response against a key, and their CoNLL average.
 *
 * @param muc MUC
 * @param bCubed B-cubed
 * @param ceafE entity-based CEAF
 */
public record CorefScore(Prf muc, Prf bCubed, Prf ceafE) {

  public CorefScore {
    Objects.requireNonNull(muc, "muc");
    Objects.requireNonNull(bCubed, "bCubed");
    Objects.requireNonNull(ceafE, "ceafE");
  }

  /** Scores the response against the key with all three metrics. */
  public static CorefScore of(Clustering key, Clustering response) {
    return new CorefScore(
        CorefMetrics.muc(key, response),
        CorefMetrics.bCubed(key, response),
        CorefMetrics.ceafE(key, response));
  }

  /** The CoNLL F1 (Pradhan et al. 2011): the mean of the MUC, B-cubed and CEAF-e F1. */
  public double conllF1() {
    return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
  }
}
