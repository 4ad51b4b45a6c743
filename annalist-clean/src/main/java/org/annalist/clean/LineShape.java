package org.annalist.clean;

import java.util.regex.Pattern;

/** Facts about the shape of one line of text that several rules share. */
final class LineShape {
  /** A word: letters, digits and marks, with inner apostrophes, hyphens and underscores. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’_-]*");

  private static final String OPENING_QUOTES = "\"'“”‘’«»„‚「『";
  private static final String CLOSERS = "\"'“”‘’«»」』)]";
  private static final String SENTENCE_ENDS = ".!?。！？…";

  private LineShape() {}

  /** True if the text has at least one letter. */
  static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** True if the stripped line opens with a quotation mark, as dialogue does. */
  static boolean isDialogue(String stripped) {
    return !stripped.isEmpty() && OPENING_QUOTES.indexOf(stripped.charAt(0)) >= 0;
  }

  /** True if the text ends like a sentence, with {@code . ! ?} before any closing quotes. */
  static boolean endsLikeSentence(String text) {
    String stripped = text.strip();
    int at = stripped.length() - 1;
    while (at >= 0 && CLOSERS.indexOf(stripped.charAt(at)) >= 0) {
      at--;
    }
    return at >= 0 && SENTENCE_ENDS.indexOf(stripped.charAt(at)) >= 0;
  }

  /** True if the text has sentence-ending punctuation anywhere. */
  static boolean hasSentencePunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The number of words in the text. */
  static int wordCount(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  /** The number of words in the text that have at least one letter. */
  static int letterWordCount(String text) {
    return (int)
        WORD.matcher(text).results().filter(word -> hasLetter(word.group())).count();
  }

  /** True if the first letter of the text is lower-case. */
  static boolean startsLowerCase(String text) {
    return text.codePoints().filter(Character::isLetter).findFirst().stream()
        .anyMatch(Character::isLowerCase);
  }
}
