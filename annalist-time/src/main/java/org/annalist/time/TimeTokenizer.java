package org.annalist.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link TimeToken}s: letter runs, digit runs and single other characters.
 * Whitespace separates tokens and is not a token. Fast and allocation-light, with no model.
 */
final class TimeTokenizer {
  private TimeTokenizer() {}

  static List<TimeToken> tokenize(String text, int from, int to) {
    List<TimeToken> tokens = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int end = i + 1;
      if (Character.isLetter(c)) {
        while (end < to && Character.isLetter(text.charAt(end))) {
          end++;
        }
      } else if (Character.isDigit(c)) {
        while (end < to && Character.isDigit(text.charAt(end))) {
          end++;
        }
      } else if (Character.isHighSurrogate(c)
          && end < to
          && Character.isLowSurrogate(text.charAt(end))) {
        end++;
      }
      tokens.add(new TimeToken(text.substring(i, end), i, end, space));
      space = false;
      i = end;
    }
    return tokens;
  }
}
