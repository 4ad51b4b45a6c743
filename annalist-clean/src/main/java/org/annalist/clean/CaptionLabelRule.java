package org.annalist.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the label under a repeated image caption: the first non-blank line after a repeated
 * line, separated from it only by blank lines, when that line is title-like.
 *
 * <p>Title-like means: at most {@value #MAX_WORDS} words, at least one letter, not ending like
 * a sentence (with {@code . ! ?} before any closing quote), not opening with a quotation mark,
 * and not starting with a lower-case letter. Only the line directly after is considered, never
 * headings further away. A repeated line that itself sits directly under another repeated line
 * is a label, not a caption, and has no label of its own: so a heading after a repeated label
 * is left alone. Stateless and thread-safe.
 */
public final class CaptionLabelRule {
  /** The most words a caption label can have. */
  public static final int MAX_WORDS = 6;

  /**
   * The indices of the labels under the repeated lines.
   *
   * @param lines all lines of the document
   * @param repeated indices of the lines marked as repeated lines, in document order
   */
  public List<Integer> find(List<Line> lines, List<Integer> repeated) {
    Set<Integer> repeatedSet = new HashSet<>(repeated);
    List<Integer> found = new ArrayList<>();
    for (int index : repeated) {
      int previous = previousNonBlank(lines, index);
      if (previous >= 0 && repeatedSet.contains(previous)) {
        continue;
      }
      int next = nextNonBlank(lines, index);
      if (next < lines.size() && isTitleLike(lines.get(next).stripped())) {
        found.add(next);
      }
    }
    return found;
  }

  /** True if the stripped line looks like a short label or title. */
  public boolean isTitleLike(String stripped) {
    return LineShape.hasLetter(stripped)
        && LineShape.wordCount(stripped) <= MAX_WORDS
        && !LineShape.endsLikeSentence(stripped)
        && !LineShape.isDialogue(stripped)
        && !LineShape.startsLowerCase(stripped);
  }

  private static int nextNonBlank(List<Line> lines, int index) {
    int next = index + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    return next;
  }

  private static int previousNonBlank(List<Line> lines, int index) {
    int previous = index - 1;
    while (previous >= 0 && lines.get(previous).isBlank()) {
      previous--;
    }
    return previous;
  }
}
