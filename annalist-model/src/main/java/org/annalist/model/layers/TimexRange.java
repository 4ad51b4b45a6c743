package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

/**
 * Two dates told as the ends of one stretch of time ("between May and July 1942"), the value of
 * {@link TimeLayers#RANGE}.
 *
 * @param from the TIMEX value of the first end, e.g. {@code 1942-05}
 * @param to the TIMEX value of the second end, e.g. {@code 1942-07}
 */
public record TimexRange(String from, String to) {

  public TimexRange {
    requireArgument(isTimexValue(from), "the first end must be a TIMEX value, was '%s'", from);
    requireArgument(isTimexValue(to), "the second end must be a TIMEX value, was '%s'", to);
  }

  private static boolean isTimexValue(String value) {
    return !value.isEmpty() && value.indexOf('/') < 0 && value.indexOf(' ') < 0;
  }
}
