package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

import java.util.Optional;
import org.annalist.model.LayerKey;

/**
 * The layers the time stage writes and the events stage and the search index read, with their
 * stored formats.
 */
public final class TimeLayers {
  /** The stored reference of a sentence before any date is known. */
  private static final String NO_REFERENCE = "none";

  private TimeLayers() {}

  /** Temporal expressions; value the normalized expression, stored {@code TYPE VALUE [MOD]}: {@code DATE 1941 END}. */
  public static final LayerKey<Timex> TIMEX =
      LayerKey.of("time.timex", TimeLayers::encodeTimex, TimeLayers::decodeTimex);

  /**
   * Ranges of two dates; value the two ends, stored in ISO 8601 interval notation:
   * {@code 1942-05/1942-07}.
   */
  public static final LayerKey<TimexRange> RANGE =
      LayerKey.of("time.range", range -> range.from() + "/" + range.to(), TimeLayers::decodeRange);

  /**
   * Sentences of readable text; value the reference time at their start as the expression that
   * set it told it, stored as {@link #TIMEX} stores it ({@code DATE 1941 END}), or {@code none}
   * when no reference time is known.
   */
  public static final LayerKey<Optional<Timex>> SENTENCE_REFERENCE = LayerKey.of(
      "time.sentence-reference",
      reference -> reference.map(TimeLayers::encodeTimex).orElse(NO_REFERENCE),
      TimeLayers::decodeReference);

  private static String encodeTimex(Timex timex) {
    TimexMod mod = timex.mod();
    return timex.type().name() + " " + timex.value() + (mod == null ? "" : " " + mod.name());
  }

  private static Timex decodeTimex(String stored) {
    String[] parts = stored.split(" ", -1);
    requireArgument(
        parts.length == 2 || parts.length == 3,
        "expected 'TYPE VALUE [MOD]' such as 'DATE 1941-07 START'");
    return new Timex(
        TimexType.valueOf(parts[0]),
        parts[1],
        parts.length == 3 ? TimexMod.valueOf(parts[2]) : null);
  }

  private static TimexRange decodeRange(String stored) {
    int slash = stored.indexOf('/');
    requireArgument(slash >= 0, "expected 'FROM/TO' such as '1942-05/1942-07'");
    return new TimexRange(stored.substring(0, slash), stored.substring(slash + 1));
  }

  private static Optional<Timex> decodeReference(String stored) {
    return stored.equals(NO_REFERENCE) ? Optional.empty() : Optional.of(decodeTimex(stored));
  }
}
