package org.annalist.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lines that occur {@value #MIN_OCCURRENCES} or more times in a document, such as an
 * image caption or a running header repeated through a page, and returns every occurrence.
 *
 * <p>Lines are compared after stripping white space. Blank lines, lines without a letter (rules
 * of dashes or asterisks) and dialogue lines (opening with a quotation mark, like a repeated
 * "No!") are never counted. Stateless and thread-safe.
 */
public final class RepeatedLineRule {
  /** How many times a line must occur to be marked. */
  public static final int MIN_OCCURRENCES = 3;

  /** The indices of every occurrence of every repeated line, in document order. */
  public List<Integer> find(List<Line> lines) {
    Map<String, List<Integer>> occurrences = new LinkedHashMap<>();
    for (Line line : lines) {
      String key = line.stripped();
      if (!key.isEmpty() && LineShape.hasLetter(key) && !LineShape.isDialogue(key)) {
        occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(line.index());
      }
    }
    List<Integer> found = new ArrayList<>();
    for (List<Integer> indices : occurrences.values()) {
      if (indices.size() >= MIN_OCCURRENCES) {
        found.addAll(indices);
      }
    }
    found.sort(null);
    return found;
  }
}
