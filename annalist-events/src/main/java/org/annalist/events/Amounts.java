package org.annalist.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.annalist.model.english.NumberNames;

/**
 * Reads amounts ("80,000", "1.5 million", "half a million", "six") and ordinals ("sixth", "4th"); the
 * number words are read by {@link NumberNames}.
 */
final class Amounts {
  private Amounts() {}

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1),
      Map.entry("second", 2),
      Map.entry("third", 3),
      Map.entry("fourth", 4),
      Map.entry("fifth", 5),
      Map.entry("sixth", 6),
      Map.entry("seventh", 7),
      Map.entry("eighth", 8),
      Map.entry("ninth", 9),
      Map.entry("tenth", 10),
      Map.entry("eleventh", 11),
      Map.entry("twelfth", 12));

  /** Whether a word can be part of an amount. */
  static boolean isAmountWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return isNumeral(w)
        || NumberNames.cardinal(w).isPresent()
        || NumberNames.scale(plainScale(w)).isPresent()
        || w.equals("half")
        || w.equals("a")
        || w.equals("an")
        || w.equals("of");
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
      OptionalInt cardinal = NumberNames.cardinal(w);
      OptionalLong scale = NumberNames.scale(plainScale(w));
      if (isNumeral(w)) {
        current += Double.parseDouble(w.replace(",", ""));
        any = true;
      } else if (cardinal.isPresent()) {
        current += cardinal.getAsInt();
        any = true;
      } else if (w.equals("half")) {
        current += 0.5;
        any = true;
      } else if (scale.isPresent()) {
        double factor = scale.getAsLong();
        boolean plural = !w.equals(plainScale(w));
        current = (current == 0 ? (plural ? 2 : 1) : current) * factor;
        if (factor >= 1000) {
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
