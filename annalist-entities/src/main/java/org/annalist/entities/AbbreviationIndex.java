package org.annalist.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names indexed for {@link AbbreviationRule}, so that the names an abbreviation may spell, and the
 * abbreviations that may spell a name, are found without trying every name against every other.
 * A long name is keyed by its {@link AbbreviationRule#leadingInitials}, an abbreviation by each of
 * its {@link AbbreviationRule#letterPairs}; a lookup gives every name that can match and some that
 * do not, by position in ascending order, and the rule's own test decides.
 */
final class AbbreviationIndex {
  private final Map<String, List<Integer>> longNamesByInitials = new HashMap<>();
  private final Map<String, List<Integer>> abbreviationsByPair = new HashMap<>();

  /** Indexes each name both as a long name and as an abbreviation, as its shape allows. */
  AbbreviationIndex(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      int position = i;
      AbbreviationRule.leadingInitials(names.get(i))
          .ifPresent(initials -> longNamesByInitials
              .computeIfAbsent(initials, k -> new ArrayList<>())
              .add(position));
      for (String pair : AbbreviationRule.letterPairs(names.get(i))) {
        abbreviationsByPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(position);
      }
    }
  }

  /** Positions of the names the abbreviation may abbreviate, ascending. */
  List<Integer> longNamesFor(String abbreviation) {
    TreeSet<Integer> found = new TreeSet<>();
    for (String pair : AbbreviationRule.letterPairs(abbreviation)) {
      found.addAll(longNamesByInitials.getOrDefault(pair, List.of()));
    }
    return List.copyOf(found);
  }

  /** Positions of the names that may abbreviate the long name, ascending. */
  List<Integer> abbreviationsFor(String longName) {
    return AbbreviationRule.leadingInitials(longName)
        .map(initials -> abbreviationsByPair.getOrDefault(initials, List.of()))
        .map(List::copyOf)
        .orElse(List.of());
  }
}
