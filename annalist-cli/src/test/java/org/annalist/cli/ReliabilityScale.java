package org.annalist.cli;

import java.util.Locale;

/**
 * How big the reliability harnesses run: {@code ci} (the default, a few minutes in all under
 * {@code ./mvnw verify}) or {@code full} ({@code scripts/reliability crash|hostile}), chosen by
 * the system property {@value #PROPERTY}.
 */
enum ReliabilityScale {
  CI,
  FULL;

  static final String PROPERTY = "annalist.reliability";

  static ReliabilityScale current() {
    String value = System.getProperty(PROPERTY, "ci").strip().toUpperCase(Locale.ROOT);
    try {
      return valueOf(value.isEmpty() ? "CI" : value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-D" + PROPERTY + " must be ci or full, was " + value, e);
    }
  }

  /** The seed of the harnesses' random choices: {@code -Dannalist.reliability.seed=N}, else new each run. */
  static long seed() {
    return Long.getLong(PROPERTY + ".seed", System.nanoTime());
  }
}
