package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads amounts ("80,000", "1.5 million", "half a million", "six") and ordinals ("sixth", "4th"). */
final class Amounts {
  private Amounts() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("dozen", 12));
  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 100.0, "thousand", 1_000.0, "million", 1_000_000.0, "billion", 1_000_000_000.0);
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

  /** Whether a word can be part of an amount. */
  static boolean isAmountWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return isNumeral(w) || UNITS.containsKey(w) || SCALES.containsKey(plainScale(w)) || w.equals("half")
        || w.equals("a") || w.equals("an") || w.equals("of");
  }

  /**
   * The amount the words denote, read left to right: numerals and number words add, scale words
   * multiply ("1.5 million", "half a million" = 500,000, "hundreds of thousands" = at least 200,000).
   */
  static OptionalDouble read(List<String> words) {
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (isNumeral(w)) {
        current += Double.parseDouble(w.replace(",", ""));
        any = true;
      } else if (UNITS.containsKey(w)) {
        current += UNITS.get(w);
        any = true;
      } else if (w.equals("half")) {
        current += 0.5;
        any = true;
      } else if (SCALES.containsKey(plainScale(w))) {
        double scale = SCALES.get(plainScale(w));
        boolean plural = !w.equals(plainScale(w));
        current = (current == 0 ? (plural ? 2 : 1) : current) * scale;
        if (scale >= 1000) {
          total += current;
          current = 0;
        }
        any = true;
      }
    }
    return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
  }

  /** The ordinal a word denotes ("sixth", "6th"), if any. */
  static OptionalInt ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer known = ORDINALS.get(w);
    if (known != null) {
      return OptionalInt.of(known);
    }
    if (w.matches("\\d{1,3}(st|nd|rd|th)")) {
      return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
    }
    return OptionalInt.empty();
  }

  private static boolean isNumeral(String word) {
    return word.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  }

  private static String plainScale(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }
}
