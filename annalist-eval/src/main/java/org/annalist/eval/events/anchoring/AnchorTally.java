package org.annalist.eval.events.anchoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of one way of dating over a set of gold events found by the events stage: how many
 * it dated, how many of those dates contain the gold date or at least overlap it, how wide they
 * are, and the confidence it gave them. Mutable while a run adds to it.
 */
final class AnchorTally {
  private int found;
  private int dated;
  private int contains;
  private int overlaps;
  private double confidence;
  private final List<Long> widths = new ArrayList<>();

  /** A found gold event and its date by this way, or null when it left it undated. */
  void add(GoldAnchor gold, Dated date) {
    found++;
    dated++;
    contains += date.days().contains(gold.days()) ? 1 : 0;
    overlaps += date.days().overlaps(gold.days()) ? 1 : 0;
    confidence += date.confidence();
    widths.add(date.days().days());
  }

  /** A found gold event left undated. */
  void addUndated() {
    found++;
  }

  int found() {
    return found;
  }

  int dated() {
    return dated;
  }

  /** The share of found events left undated. */
  double undatedShare() {
    return found == 0 ? 0 : (found - dated) / (double) found;
  }

  /** The share of dated events whose interval contains the gold date: the accuracy. */
  double containsShare() {
    return dated == 0 ? 0 : contains / (double) dated;
  }

  /** The share of dated events whose interval shares a day with the gold date. */
  double overlapsShare() {
    return dated == 0 ? 0 : overlaps / (double) dated;
  }

  double meanConfidence() {
    return dated == 0 ? 0 : confidence / dated;
  }

  /** The median width of the dated intervals, in days (0 when nothing was dated). */
  long medianDays() {
    if (widths.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(widths);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
