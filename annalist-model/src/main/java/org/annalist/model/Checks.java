package org.annalist.model;

import org.jspecify.annotations.Nullable;

/**
 * Argument and state checks whose messages say what was wrong and with which value.
 */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with the formatted message unless {@code condition}. */
  @Contract("false, _, _ -> fail")
  public static void requireArgument(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }

  /** Throws {@link IllegalStateException} with the formatted message unless {@code condition}. */
  @Contract("false, _, _ -> fail")
  public static void requireState(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(template, args));
    }
  }
}
