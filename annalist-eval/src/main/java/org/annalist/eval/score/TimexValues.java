package org.annalist.eval.score;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Value comparison. Only trivially equivalent spellings are made equal: surrounding blanks and
 * letter case are ignored, a missing value equals the empty value, and a decade or century may
 * be written with its unknown years as {@code X} or left off ({@code 194X} is {@code 194}, as
 * ESC and SUTime write the 1940s where TIMEX2 and HeidelTime write {@code 194}; {@code 19XX} is
 * {@code 19}). Everything else must match exactly: {@code BC0480} equals {@code bc0480 } but not
 * {@code -0479}, and {@code 1941} does not equal {@code 1941-XX}. A gold TIMEX2 without
 * {@code val} is thus credited only to a system expression that gives no value either.
 */
public final class TimexValues {
  private TimexValues() {}

  /** The comparable form of a value: trimmed, upper case, a decade or century without its X, {@code ""} for none. */
  public static String normalize(@Nullable String value) {
    String plain = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    return DECADE_OR_CENTURY.matcher(plain).matches() ? plain.replace("X", "") : plain;
  }

  /** Two or three digits, then X up to four places: {@code 194X}, {@code 19XX}. */
  private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{3}X|\\d{2}XX");

  /** True if the two values are the same once {@linkplain #normalize normalized}. */
  public static boolean same(@Nullable String gold, @Nullable String system) {
    return normalize(gold).equals(normalize(system));
  }

  /**
   * True if the two values are the same once {@linkplain #normalize normalized} and a clock time
   * is cut to its day ({@code 2012-08-07T12:33Z} and {@code 2012-08-07T03:33} are both {@code
   * 2012-08-07}); a part of day ({@code 2012-08-07TMO}) is kept.
   */
  public static boolean sameDay(@Nullable String gold, @Nullable String system) {
    return day(normalize(gold)).equals(day(normalize(system)));
  }

  private static String day(String value) {
    Matcher clock = CLOCK.matcher(value);
    return clock.matches() ? clock.group(1) : value;
  }

  /** A day, then a clock time with optional seconds and zone. */
  private static final Pattern CLOCK = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})T\\d{2}(?::\\d{2}){0,2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");

  /** The value as a report shows it: {@code (none)} when there is none. */
  public static String shown(@Nullable String value) {
    return value == null || normalize(value).isEmpty() ? "(none)" : value.strip();
  }
}
