package org.annalist.eval.events;

import java.util.Objects;
import org.annalist.eval.events.coref.CorefScore;

/**
 * One way of scoring a coreference run: pooled over the whole split, and averaged over the sets
 * of documents the system was given.
 *
 * @param label what is scored, for the report
 * @param mentions the key mentions scored
 * @param keyClusters the key clusters scored
 * @param responseClusters the response clusters scored
 * @param pooled the scores with every set's mentions in one key and one response (the usual
 *     cross-document setting: the whole split is one document for the scorer)
 * @param macroConllF1 the mean over the sets of each set's CoNLL F1 (Zhukova et al. 2022 average
 *     over sub-topics this way)
 * @param sets the sets averaged (those with key mentions left to score)
 */
public record CorefRow(
    String label,
    int mentions,
    int keyClusters,
    int responseClusters,
    CorefScore pooled,
    double macroConllF1,
    int sets) {

  public CorefRow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(pooled, "pooled");
  }
}
