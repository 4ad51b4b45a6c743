package org.annalist.time;

import java.util.Optional;

/**
 * How a temporal expression is written as an annotation value: {@code TYPE VALUE [MOD]}, e.g.
 * {@code DATE 1941-07 START}. TIMEX values contain no spaces. The interval is not stored: it
 * follows from value and mod ({@link TimexIntervals}).
 */
public final class TimexCodec {
  private TimexCodec() {}

  public static String encode(TemporalExpression expression) {
    return expression.type().name() + " " + expression.value()
        + (expression.mod() == null ? "" : " " + expression.mod().name());
  }

  /** The expression an annotation value describes, at the given span; empty if malformed. */
  public static Optional<TemporalExpression> decode(org.annalist.model.Span span, String encoded) {
    String[] parts = encoded.split(" ");
    if (parts.length < 2 || parts.length > 3) {
      return Optional.empty();
    }
    try {
      TimexType type = TimexType.valueOf(parts[0]);
      TimexMod mod = parts.length == 3 ? TimexMod.valueOf(parts[2]) : null;
      return Optional.of(new TemporalExpression(span, type, parts[1], mod,
          TimexIntervals.of(parts[1], mod).orElse(null)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
