package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A temporal expression's normalized value, the value of {@link TimeLayers#TIMEX} and (as the
 * reference time of a sentence) of {@link TimeLayers#SENTENCE_REFERENCE}.
 *
 * @param type date, time, duration or set
 * @param value the TIMEX3 value, e.g. {@code 1941-07}, {@code 193}, {@code BC0480}, {@code P3Y},
 *     {@code PRESENT_REF} or {@code XXXX-12-16}; TIMEX values have no spaces
 * @param mod the TIMEX3 modifier, e.g. {@code START} for "early July 1941", or null
 */
public record Timex(TimexType type, String value, @Nullable TimexMod mod) {
  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(\\d{4})(?:-|$)");

  public Timex {
    Objects.requireNonNull(type, "type");
    requireArgument(
        !value.isEmpty() && value.indexOf(' ') < 0, "a TIMEX value has no spaces, was '%s'", value);
  }

  /**
   * The year of a value written with a four-digit year of the common era: 1941 for {@code 1941},
   * {@code 1941-07} or {@code 1941-07-02T04:30}. Empty for a decade or century ({@code 194},
   * {@code 19}), an unknown year ({@code XXXX-07}), a year before the common era ({@code BC0480}),
   * a duration ({@code P3Y}) and a reference ({@code PAST_REF}).
   */
  public OptionalInt year() {
    Matcher year = FOUR_DIGIT_YEAR.matcher(value);
    return year.lookingAt() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
  }
}
