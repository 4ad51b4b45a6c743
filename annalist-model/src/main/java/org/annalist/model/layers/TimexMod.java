package org.annalist.model.layers;

/** TIMEX3 modifiers of a value: which part of it, or how it bounds. */
public enum TimexMod {
  START,
  MID,
  END,
  APPROX,
  BEFORE,
  AFTER,
  ON_OR_BEFORE,
  ON_OR_AFTER,
  LESS_THAN,
  MORE_THAN,
  EQUAL_OR_LESS,
  EQUAL_OR_MORE
}
