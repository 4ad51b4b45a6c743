package org.annalist.cli;

import java.util.Locale;

/** Range checks of numeric options, failing as misuse (exit 2) with the option, its range and the value. */
final class OptionRanges {
  private OptionRanges() {}

  /**
   * Accepts a value with {@code min <= value <= max}.
   *
   * @throws Failures.UsageException saying which option, what it accepts and what it was given
   */
  static void check(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new Failures.UsageException(String.format(
          Locale.ROOT, "%s must be between %d and %d, was %d", option, min, max, value));
    }
  }
}
