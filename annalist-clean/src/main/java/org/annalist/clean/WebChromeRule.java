package org.annalist.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Decides whether a whole line is web chrome: short, and mostly made of {@link
 * ChromeVocabulary} phrases.
 *
 * <p>A line qualifies when, after stripping, it has at most {@value #MAX_CHARS} characters and
 * {@value #MAX_WORDS} words, does not open with a quotation mark (dialogue), at least one word
 * lies inside a vocabulary phrase, and the words outside every phrase are at most half as
 * many as those inside. Numbers and a few function words ("the", "on", "our") count on
 * neither side. So "history Category Latest News" is chrome, while a sentence that mentions
 * "read more" among many other words is not. Immutable and thread-safe.
 */
public final class WebChromeRule {
  /** The longest line, in UTF-16 units after stripping, that can be chrome. */
  public static final int MAX_CHARS = 160;
  /** The most words a chrome line can have. */
  public static final int MAX_WORDS = 24;

  private static final Set<String> NEUTRAL_WORDS = Set.of(
      "a", "an", "the", "and", "or", "to", "on", "of", "for", "with", "in", "at", "by", "via",
      "our", "your", "us", "this", "all");

  private final ChromeVocabulary vocabulary;

  /** The rule with the given vocabulary. */
  public WebChromeRule(ChromeVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The rule with the standard vocabulary. */
  public static WebChromeRule standard() {
    return new WebChromeRule(ChromeVocabulary.standard());
  }

  /** True if the line, as a whole, is web chrome. */
  public boolean isChrome(String line) {
    String stripped = line.strip();
    if (stripped.isEmpty()
        || stripped.length() > MAX_CHARS
        || LineShape.isDialogue(stripped)
        || LineShape.wordCount(stripped) > MAX_WORDS) {
      return false;
    }
    boolean[] covered = vocabulary.coverage(stripped);
    int inside = 0;
    int outside = 0;
    Matcher word = LineShape.WORD.matcher(stripped);
    while (word.find()) {
      if (allCovered(covered, word.start(), word.end())) {
        inside++;
      } else if (!isNeutral(word.group())) {
        outside++;
      }
    }
    return inside >= 1 && 2 * outside <= inside;
  }

  private static boolean allCovered(boolean[] covered, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNeutral(String word) {
    return !LineShape.hasLetter(word) || NEUTRAL_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
