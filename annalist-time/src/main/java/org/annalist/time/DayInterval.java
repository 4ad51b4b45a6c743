package org.annalist.time;

import static org.annalist.model.Checks.requireArgument;

import java.time.LocalDate;

/**
 * The days a temporal expression may denote, both ends included: "July 1941" is
 * 1941-07-01..1941-07-31. Vague and ranged expressions keep their width; nothing collapses to
 * a made-up single day. Years before the common era use ISO proleptic years (1 BC is year 0).
 */
public record DayInterval(LocalDate earliest, LocalDate latest) {
  public DayInterval {
    requireArgument(
        !latest.isBefore(earliest), "interval ends (%s) before it starts (%s)", latest, earliest);
  }

  public static DayInterval of(LocalDate earliest, LocalDate latest) {
    return new DayInterval(earliest, latest);
  }

  public static DayInterval day(LocalDate day) {
    return new DayInterval(day, day);
  }

  /** True if some day lies in both intervals. */
  public boolean overlaps(DayInterval other) {
    return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
  }

  public boolean contains(DayInterval other) {
    return !other.earliest.isBefore(earliest) && !other.latest.isAfter(latest);
  }

  /** The number of days, both ends included. */
  public long days() {
    return latest.toEpochDay() - earliest.toEpochDay() + 1;
  }
}
