package org.annalist.eval.events.anchoring;

import java.util.Objects;
import org.annalist.time.DayInterval;

/**
 * When a system says an event happened.
 *
 * @param days the days it may have happened on
 * @param basis what the date rests on ({@code stated}, {@code story}, {@code publication} for
 *     Annalist; the baseline's name for a baseline)
 * @param confidence how sure the system is, 0..1 (a baseline says 1)
 */
public record Dated(DayInterval days, String basis, double confidence) {
  public Dated {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(basis, "basis");
  }
}
