package org.annalist.eval.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.eval.score.Prf;

/**
 * How well a system's entities group mentions, against the gold entities of the same mentions.
 *
 * <ul>
 *   <li><b>pairwise</b>: every pair of mentions is a decision "same entity" or not; precision is
 *       the share of the system's same-entity pairs that are gold same-entity pairs, recall the
 *       share of gold same-entity pairs the system made;
 *   <li><b>cross-document pairwise</b>: the same over pairs of mentions in different documents
 *       only, the decisions that link documents;
 *   <li><b>B-cubed</b> (Bagga and Baldwin 1998): per mention, the share of its system entity that
 *       is in its gold entity (precision) and of its gold entity that is in its system entity
 *       (recall), averaged over mentions.
 * </ul>
 *
 * Sums, so that scores of several topics add up: {@link #plus}.
 */
public record ClusterScore(
    int mentions,
    int pairsCorrect,
    int pairsSystem,
    int pairsGold,
    int crossCorrect,
    int crossSystem,
    int crossGold,
    double bCubedPrecisionSum,
    double bCubedRecallSum) {

  public static final ClusterScore ZERO = new ClusterScore(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public static ClusterScore of(List<LinkedMention> mentions) {
    int correct = 0;
    int system = 0;
    int gold = 0;
    int crossCorrect = 0;
    int crossSystem = 0;
    int crossGold = 0;
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        LinkedMention a = mentions.get(i);
        LinkedMention b = mentions.get(j);
        int sameGold = a.goldEntity().equals(b.goldEntity()) ? 1 : 0;
        int sameSystem = a.systemEntity().equals(b.systemEntity()) ? 1 : 0;
        correct += sameGold * sameSystem;
        system += sameSystem;
        gold += sameGold;
        if (!a.document().equals(b.document())) {
          crossCorrect += sameGold * sameSystem;
          crossSystem += sameSystem;
          crossGold += sameGold;
        }
      }
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> systemSizes = new HashMap<>();
    Map<List<String>, Integer> overlaps = new HashMap<>();
    for (LinkedMention m : mentions) {
      goldSizes.merge(m.goldEntity(), 1, Integer::sum);
      systemSizes.merge(m.systemEntity(), 1, Integer::sum);
      overlaps.merge(List.of(m.goldEntity(), m.systemEntity()), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (LinkedMention m : mentions) {
      // every key was counted in the loop above, from these same mentions
      double both = overlaps.getOrDefault(List.of(m.goldEntity(), m.systemEntity()), 0);
      precision += both / systemSizes.getOrDefault(m.systemEntity(), 0);
      recall += both / goldSizes.getOrDefault(m.goldEntity(), 0);
    }
    return new ClusterScore(
        mentions.size(),
        correct,
        system,
        gold,
        crossCorrect,
        crossSystem,
        crossGold,
        precision,
        recall);
  }

  public ClusterScore plus(ClusterScore other) {
    return new ClusterScore(
        mentions + other.mentions,
        pairsCorrect + other.pairsCorrect,
        pairsSystem + other.pairsSystem,
        pairsGold + other.pairsGold,
        crossCorrect + other.crossCorrect,
        crossSystem + other.crossSystem,
        crossGold + other.crossGold,
        bCubedPrecisionSum + other.bCubedPrecisionSum,
        bCubedRecallSum + other.bCubedRecallSum);
  }

  public Prf pairwise() {
    return Prf.of(pairsCorrect, pairsSystem, pairsGold);
  }

  public Prf crossDocument() {
    return Prf.of(crossCorrect, crossSystem, crossGold);
  }

  public Prf bCubed() {
    return mentions == 0
        ? Prf.of(0.0, 0.0)
        : Prf.of(bCubedPrecisionSum / mentions, bCubedRecallSum / mentions);
  }
}
