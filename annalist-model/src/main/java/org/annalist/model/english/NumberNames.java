package org.annalist.model.english;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The values of English number words: the cardinals "one" to "nineteen", the tens "twenty" to
 * "ninety" and "dozen", and the scale words "hundred" to "billion", in any case. This is the one
 * reader of single number words; how the words of an amount combine ("twenty-five", "two and a
 * half", "hundreds of thousands") is for each reader of amounts to say, by the grammar of what it
 * reads.
 */
public final class NumberNames {
  private NumberNames() {}

  private static final Map<String, Integer> CARDINALS = Map.ofEntries(
      Map.entry("one", 1),
      Map.entry("two", 2),
      Map.entry("three", 3),
      Map.entry("four", 4),
      Map.entry("five", 5),
      Map.entry("six", 6),
      Map.entry("seven", 7),
      Map.entry("eight", 8),
      Map.entry("nine", 9),
      Map.entry("ten", 10),
      Map.entry("eleven", 11),
      Map.entry("twelve", 12),
      Map.entry("thirteen", 13),
      Map.entry("fourteen", 14),
      Map.entry("fifteen", 15),
      Map.entry("sixteen", 16),
      Map.entry("seventeen", 17),
      Map.entry("eighteen", 18),
      Map.entry("nineteen", 19),
      Map.entry("twenty", 20),
      Map.entry("thirty", 30),
      Map.entry("forty", 40),
      Map.entry("fifty", 50),
      Map.entry("sixty", 60),
      Map.entry("seventy", 70),
      Map.entry("eighty", 80),
      Map.entry("ninety", 90),
      Map.entry("dozen", 12));
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** The number a cardinal word names ("thirteen" 13, "Ninety" 90, "dozen" 12), if it names one. */
  public static OptionalInt cardinal(String word) {
    Integer value = CARDINALS.get(word.toLowerCase(Locale.ROOT));
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The factor a scale word multiplies by ("hundred" 100, "million" 1,000,000), if it is one; singular only. */
  public static OptionalLong scale(String word) {
    Long factor = SCALES.get(word.toLowerCase(Locale.ROOT));
    return factor == null ? OptionalLong.empty() : OptionalLong.of(factor);
  }
}
