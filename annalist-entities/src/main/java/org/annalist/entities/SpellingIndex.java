package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names indexed by what is left of them, in lower case, when up to {@code maxEdits} characters
 * are deleted, so that the names within that many edits of a name are found without measuring
 * the distance to every name. Two strings at most k insertions, deletions, substitutions or swaps
 * of neighbours apart ({@link SpellingSimilarity#editDistance}) become one string when at most k
 * characters are deleted from each: a substitution or a swap costs one deletion on each side. A
 * lookup gives those names and possibly others; the caller measures the distance.
 */
final class SpellingIndex {
  private final int maxEdits;
  private final Map<String, List<Integer>> byRemainder = new HashMap<>();

  /** Indexes the names, each by its position. */
  SpellingIndex(List<String> names, int maxEdits) {
    this.maxEdits = maxEdits;
    for (int i = 0; i < names.size(); i++) {
      for (String remainder : remainders(names.get(i))) {
        byRemainder.computeIfAbsent(remainder, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** Positions of the names that may be within {@code maxEdits} edits of the name, ascending. */
  List<Integer> near(String name) {
    Set<Integer> found = new TreeSet<>();
    for (String remainder : remainders(name)) {
      found.addAll(byRemainder.getOrDefault(remainder, List.of()));
    }
    return List.copyOf(found);
  }

  private Set<String> remainders(String name) {
    Set<String> all = new HashSet<>();
    Set<String> level = Set.of(name.toLowerCase(Locale.ROOT));
    all.addAll(level);
    for (int deleted = 0; deleted < maxEdits; deleted++) {
      Set<String> next = new HashSet<>();
      for (String s : level) {
        for (int i = 0; i < s.length(); i++) {
          next.add(s.substring(0, i) + s.substring(i + 1));
        }
      }
      all.addAll(next);
      level = next;
    }
    return all;
  }
}
