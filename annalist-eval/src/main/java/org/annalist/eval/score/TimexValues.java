package org.annalist.eval.score;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Value comparison. Only trivially equivalent spellings are made equal: surrounding blanks and
 * letter case are ignored, and a missing value equals the empty value. Everything else must
 * match exactly: {@code BC0480} equals {@code bc0480 } but not {@code -0479}, and {@code 1941}
 * does not equal {@code 1941-XX}. A gold TIMEX2 without {@code val} is thus credited only to a
 * system expression that gives no value either.
 */
public final class TimexValues {
  private TimexValues() {}

  /** The comparable form of a value: trimmed, upper case, {@code ""} for none. */
  public static String normalize(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  /** True if the two values are the same once {@linkplain #normalize normalized}. */
  public static boolean same(@Nullable String gold, @Nullable String system) {
    return normalize(gold).equals(normalize(system));
  }

  /** The value as a report shows it: {@code (none)} when there is none. */
  public static String shown(@Nullable String value) {
    return normalize(value).isEmpty() ? "(none)" : value.strip();
  }
}
