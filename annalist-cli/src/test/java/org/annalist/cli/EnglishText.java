package org.annalist.cli;

import java.util.List;
import java.util.Random;

/** Short English text with names and dates, for files whose content must be readable once decoded. */
final class EnglishText {
  private static final List<String> SENTENCES = List.of(
      "Stalin sent a telegram to Mao Zedong on 22 July 1941.",
      "The treaty was signed in Moscow on 14 February 1950.",
      "Airbus said on 3 March 2007 that it would cut 10,000 jobs.",
      "Zhou Enlai arrived in Moscow the next day.",
      "The Eighth Route Army did not move in the spring of 1942.",
      "Boeing lost the tanker contract to Northrop Grumman in 2008.",
      "Apple unveiled the iPhone in San Francisco on 9 January 2007.",
      "General Motors asked Congress for a loan in November 2008.");

  private EnglishText() {}

  /** {@code count} sentences picked at random, one paragraph. */
  static String sentences(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(SENTENCES.get(random.nextInt(SENTENCES.size())))
          .append(i + 1 < count ? " " : "\n");
    }
    return text.toString();
  }

  /** {@code words} words from the sentences with no sentence end anywhere: one run-on sentence. */
  static String runOn(Random random, int words) {
    String[] pool = String.join(" ", SENTENCES).replaceAll("[.,]", "").split(" ");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(pool[random.nextInt(pool.length)]).append(' ');
    }
    return text.toString();
  }
}
