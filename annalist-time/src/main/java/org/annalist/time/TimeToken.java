package org.annalist.time;

import java.util.Locale;

/**
 * A token of the text as the time rules see it: a run of letters, a run of digits, or one other
 * character, with its offsets.
 *
 * @param text the token as written
 * @param start UTF-16 offset of its first character
 * @param end UTF-16 offset after its last character
 * @param spaceBefore whether whitespace separates it from the token before
 */
record TimeToken(String text, int start, int end, boolean spaceBefore) {

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the token is a number written in ASCII digits. Other scripts' digits ("٤") form
   * tokens too but are no number here: values are written from the token's text, and a TIMEX
   * value has ASCII digits only.
   */
  boolean isNumber() {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return isWord() && Character.isUpperCase(text.charAt(0));
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }

  int number() {
    return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
  }
}
