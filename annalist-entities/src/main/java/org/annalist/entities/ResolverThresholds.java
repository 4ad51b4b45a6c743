package org.annalist.entities;

import static org.annalist.model.Checks.requireArgument;

/**
 * The thresholds of the spelling-plus-context rule, the one rule that weighs evidence.
 *
 * @param maxEdits the most Damerau-Levenshtein edits between a rare name and a frequent one; the
 *     limit is also at most a third of the longer name's length
 * @param minSpellingScore the least spelling score (see {@link SpellingSimilarity#score})
 * @param minNameLength the shortest name (in letters) the rule will consider as garbled
 * @param frequencyRatio the frequent name needs at least this many times the rare one's mentions
 * @param maxRareMentions a name with more mentions than this is never treated as a garbling
 * @param minSharedContextWords the least number of content words the two contexts must share
 * @param minContextScore the least IDF-weighted share of the rare name's context words that also
 *     appear around the frequent name (see {@link ContextProfile#containmentIn})
 */
public record ResolverThresholds(
    int maxEdits,
    double minSpellingScore,
    int minNameLength,
    double frequencyRatio,
    int maxRareMentions,
    int minSharedContextWords,
    double minContextScore) {

  public ResolverThresholds {
    requireArgument(maxEdits >= 0, "maxEdits must be >= 0, was %s", maxEdits);
    requireArgument(
        minSpellingScore >= 0 && minSpellingScore <= 1,
        "minSpellingScore must be in [0, 1], was %s",
        minSpellingScore);
    requireArgument(minNameLength >= 1, "minNameLength must be >= 1, was %s", minNameLength);
    requireArgument(frequencyRatio >= 1, "frequencyRatio must be >= 1, was %s", frequencyRatio);
    requireArgument(maxRareMentions >= 1, "maxRareMentions must be >= 1, was %s", maxRareMentions);
    requireArgument(
        minSharedContextWords >= 0,
        "minSharedContextWords must be >= 0, was %s",
        minSharedContextWords);
    requireArgument(
        minContextScore >= 0 && minContextScore <= 1,
        "minContextScore must be in [0, 1], was %s",
        minContextScore);
  }

  /** The defaults: 2 edits, spelling 0.65, 4 letters, 3x, 15 mentions, 3 shared words, context 0.25. */
  public static ResolverThresholds defaults() {
    return new ResolverThresholds(2, 0.65, 4, 3.0, 15, 3, 0.25);
  }
}
