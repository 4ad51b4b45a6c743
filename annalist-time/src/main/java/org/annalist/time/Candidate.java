package org.annalist.time;

import org.annalist.model.layers.TimexMod;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * A temporal expression a rule found: tokens {@code [first, end)}, and how to resolve its value
 * once the reference time at that point of the text is known.
 *
 * @param explicitYear the year the expression states itself, if any; a neighbour without one
 *     may borrow it ("between May and July 1942")
 */
record Candidate(
    int first, int end, Resolver resolver, @Nullable Integer explicitYear) {

  static Candidate of(int first, int end, Resolver resolver) {
    return new Candidate(first, end, resolver, null);
  }

  int length() {
    return end - first;
  }

  /** Computes the value against the reference time. */
  @FunctionalInterface
  interface Resolver {
    /** The resolution, or null if the expression turns out not to be temporal here. */
    @Nullable
    Resolution resolve(Anchor anchor);
  }

  /**
   * A resolved value, and the point the story has reached after it (for narrative anchoring),
   * or null if it does not move the story's reference time.
   */
  record Resolution(
      TimexType type,
      String value,
      @Nullable TimexMod mod,
      @Nullable Point reached) {
    static Resolution date(String value, @Nullable Point reached) {
      return new Resolution(TimexType.DATE, value, null, reached);
    }

    static Resolution of(TimexType type, String value) {
      return new Resolution(type, value, null, null);
    }

    Resolution withMod(@Nullable TimexMod newMod) {
      return new Resolution(type, value, newMod, reached);
    }
  }
}
