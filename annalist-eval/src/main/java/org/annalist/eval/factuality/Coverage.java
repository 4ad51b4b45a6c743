package org.annalist.eval.factuality;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many gold mentions Annalist has a mention for, in all and by the gold's part of speech.
 *
 * @param gold gold mentions
 * @param matched gold mentions with an Annalist mention on their words
 * @param goldByPos gold mentions by part of speech
 * @param matchedByPos matched ones by part of speech
 */
public record Coverage(
    int gold, int matched, Map<String, Integer> goldByPos, Map<String, Integer> matchedByPos) {
  public Coverage {
    goldByPos = Map.copyOf(goldByPos);
    matchedByPos = Map.copyOf(matchedByPos);
  }

  /** Matched over gold; 0 without gold. */
  public double share() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** The parts of speech in name order. */
  public Map<String, Integer> goldByPosSorted() {
    return new TreeMap<>(goldByPos);
  }
}
