package org.annalist.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds datelines and bylines near the top of a document: a short line with a date (or date
 * and time) and at most a few other words, such as the site's name, its section, "Updated
 * on", "Published" or a view count.
 *
 * <p>A line qualifies when it is among the first {@value #TOP_LINES} non-blank lines, has at
 * most {@value #MAX_CHARS} characters, contains a date that opens or closes the line or is set
 * off by punctuation (not one inside running words), and once its dates and times are
 * taken away holds at most {@value #MAX_OTHER_WORDS} words with letters and no sentence-ending
 * punctuation. A line that opens with a quotation mark is dialogue, not a byline. Stateless
 * and thread-safe.
 */
public final class BylineRule {
  /** How many non-blank lines at the top of a document are searched. */
  public static final int TOP_LINES = 15;
  /** The longest byline, in UTF-16 units after stripping. */
  public static final int MAX_CHARS = 100;
  /** The most words with letters a byline holds besides its date. */
  public static final int MAX_OTHER_WORDS = 6;

  /** The indices of the lines that are bylines. */
  public List<Integer> find(List<Line> lines) {
    List<Integer> found = new ArrayList<>();
    int nonBlank = 0;
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (++nonBlank > TOP_LINES) {
        break;
      }
      if (isByline(line.stripped())) {
        found.add(line.index());
      }
    }
    return found;
  }

  /** True if the stripped line, wherever it stands, has the shape of a byline. */
  public boolean isByline(String stripped) {
    if (stripped.length() > MAX_CHARS
        || LineShape.isDialogue(stripped)
        || !DatePatterns.containsSetOffDate(stripped)) {
      return false;
    }
    String rest = DatePatterns.withoutDatesAndTimes(stripped);
    return !LineShape.hasSentencePunctuation(rest)
        && LineShape.letterWordCount(rest) <= MAX_OTHER_WORDS;
  }
}
