package org.annalist.time;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.annalist.model.english.NumberNames;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount at a token position: digits ("3", "1.5"), number words ("three",
 * "twenty-five", "a hundred", "two and a half"), "a"/"an" for one, and vague amounts ("a few", "several") as X.
 * Each number word is read by {@link NumberNames}.
 */
final class NumberWords {
  private NumberWords() {}

  /** An amount as TIMEX writes it ("3", "1.5", "X") and the index of the token after it. */
  record Amount(String value, int next) {
    boolean isKnown() {
      return !"X".equals(value);
    }

    /** The amount as a whole number, or -1 if it is unknown, a fraction or too large to count with. */
    int intValue() {
      return isKnown() && !value.contains(".") && value.length() <= MAX_DIGITS
          ? Integer.parseInt(value)
          : -1;
    }
  }

  /** The most digits a whole amount may have and still be counted with. */
  static final int MAX_DIGITS = 9;

  private static final Map<String, String> VAGUE =
      Map.of("few", "X", "several", "X", "some", "X", "many", "X", "couple", "2");

  /** The amount starting at token i, or null. */
  static @Nullable Amount read(List<TimeToken> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    TimeToken token = tokens.get(i);
    if (token.isNumber()) {
      return digits(tokens, i);
    }
    String word = token.lower();
    if (word.equals("a") || word.equals("an")) {
      Amount after = i + 1 < tokens.size() ? vagueOrHalf(tokens, i + 1) : null;
      return after != null ? after : new Amount("1", i + 1);
    }
    if (VAGUE.containsKey(word) && !word.equals("couple")) {
      return new Amount(VAGUE.get(word), i + 1);
    }
    return words(tokens, i);
  }

  private static @Nullable Amount vagueOrHalf(List<TimeToken> tokens, int i) {
    String word = tokens.get(i).lower();
    String amount = VAGUE.get(word);
    if (amount != null && (word.equals("few") || word.equals("couple"))) {
      int next = i + 1;
      if (word.equals("couple") && next < tokens.size() && tokens.get(next).is("of")) {
        next++;
      }
      return new Amount(amount, next);
    }
    return null;
  }

  private static Amount digits(List<TimeToken> tokens, int i) {
    String value = tokens.get(i).text();
    int next = i + 1;
    if (next + 1 < tokens.size()
        && tokens.get(next).text().equals(".")
        && !tokens.get(next).spaceBefore()
        && tokens.get(next + 1).isNumber()
        && !tokens.get(next + 1).spaceBefore()) {
      value = value + "." + tokens.get(next + 1).text();
      next += 2;
    }
    return new Amount(value.replaceFirst("^0+(?=\\d)", ""), next);
  }

  private static @Nullable Amount words(List<TimeToken> tokens, int i) {
    OptionalInt first = NumberNames.cardinal(tokens.get(i).lower());
    if (first.isEmpty()) {
      return tokens.get(i).is("hundred") ? new Amount("100", i + 1) : null;
    }
    int total = first.getAsInt();
    int next = i + 1;
    if (total >= 20 && next + 1 < tokens.size() && tokens.get(next).text().equals("-")) {
      OptionalInt unit = NumberNames.cardinal(tokens.get(next + 1).lower());
      if (unit.isPresent() && unit.getAsInt() < 10) {
        total += unit.getAsInt();
        next += 2;
      }
    }
    if (next < tokens.size() && tokens.get(next).is("hundred")) {
      total *= 100;
      next++;
    }
    int half = andAHalf(tokens, next);
    return new Amount(half > next ? total + ".5" : String.valueOf(total), half);
  }

  /** The index after "and a half" or "and half" at {@code i}, or {@code i} if it is not there. */
  private static int andAHalf(List<TimeToken> tokens, int i) {
    int next = i;
    if (next < tokens.size() && tokens.get(next).is("and")) {
      next++;
      if (next < tokens.size() && tokens.get(next).is("a")) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).is("half")) {
        return next + 1;
      }
    }
    return i;
  }
}
