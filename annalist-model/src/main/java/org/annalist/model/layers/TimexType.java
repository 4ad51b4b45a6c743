package org.annalist.model.layers;

/** The TIMEX3 types of temporal expression. */
public enum TimexType {
  /** A calendar date or period: "July 1941", "the 1930s", "spring 1942". */
  DATE,
  /** A time of day, possibly with a date: "at 4 a.m.", "that evening". */
  TIME,
  /** An amount of time: "three years", "ten days". */
  DURATION,
  /** A recurring time: "every year", "daily". */
  SET
}
