package org.annalist.entities;

import java.util.Locale;

/**
 * How alike two spellings are, as machine translation garbles them: letters dropped (often at
 * the start: "Roosevelt" to "Oosevelt"), swapped, or replaced by a similar sound ("Roosevelt" to
 * "Rosefelt").
 * Case is ignored.
 */
final class SpellingSimilarity {
  private SpellingSimilarity() {}

  /**
   * The optimal-string-alignment form of Damerau-Levenshtein distance: insertions, deletions,
   * substitutions and swaps of adjacent letters each cost one.
   */
  static int editDistance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length()][t.length()];
  }

  /** The longer of the common prefix and the common suffix, over the shorter length. */
  static double affixOverlap(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int shorter = Math.min(s.length(), t.length());
    if (shorter == 0) {
      return 0;
    }
    int prefix = 0;
    while (prefix < shorter && s.charAt(prefix) == t.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter
        && s.charAt(s.length() - 1 - suffix) == t.charAt(t.length() - 1 - suffix)) {
      suffix++;
    }
    return Math.max(prefix, suffix) / (double) shorter;
  }

  /**
   * A score in {@code [0, 1]}: 0.7 times the edit similarity ({@code 1 - distance / longer
   * length}) plus 0.3 times {@link #affixOverlap}. "Rooselt"/"Roosevelt" scores about 0.76,
   * unrelated names well under 0.5.
   */
  static double score(String a, String b) {
    // Lengths after lowercasing, as the distance counts them: "İ" lowercases to two chars.
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int longer = Math.max(s.length(), t.length());
    if (longer == 0) {
      return 1;
    }
    double edit = 1 - editDistance(s, t) / (double) longer;
    return 0.7 * edit + 0.3 * affixOverlap(s, t);
  }

  /** The edits allowed between two names: {@code maxEdits}, but at most a third of the longer. */
  static int allowedEdits(String a, String b, int maxEdits) {
    return Math.min(maxEdits, Math.max(a.length(), b.length()) / 3);
  }
}
