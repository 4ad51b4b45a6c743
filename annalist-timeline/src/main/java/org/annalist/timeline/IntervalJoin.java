package org.annalist.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs of attestations whose dates can both hold (their day intervals overlap, or one has
 * no date), found by sweeping the intervals in order of their first day: the work grows with the
 * pairs found, not with the square of the attestations.
 */
final class IntervalJoin {
  /** Receives one pair of indices, each pair once per join (in either order). */
  interface PairSink {
    void accept(int a, int b);
  }

  private final AlignmentFeatures[] features;

  IntervalJoin(AlignmentFeatures[] features) {
    this.features = features;
  }

  /** Every pair of the members whose dates can both hold. */
  void within(List<Integer> members, PairSink sink) {
    List<Integer> active = new ArrayList<>();
    for (int member : timedFirst(members, sink, members)) {
      prune(active, features[member].start());
      for (int other : active) {
        sink.accept(other, member);
      }
      active.add(member);
    }
  }

  /** Every pair of a member of {@code left} and a member of {@code right} whose dates can both hold. */
  void across(List<Integer> left, List<Integer> right, PairSink sink) {
    List<Integer> lefts = timedFirst(left, sink, right);
    List<Integer> rights = timedFirst(right, sink, left);
    List<Integer> activeLeft = new ArrayList<>();
    List<Integer> activeRight = new ArrayList<>();
    int l = 0;
    int r = 0;
    while (l < lefts.size() || r < rights.size()) {
      boolean takeLeft = r == rights.size()
          || l < lefts.size() && features[lefts.get(l)].start() <= features[rights.get(r)].start();
      int member = takeLeft ? lefts.get(l++) : rights.get(r++);
      List<Integer> opposite = takeLeft ? activeRight : activeLeft;
      prune(opposite, features[member].start());
      for (int other : opposite) {
        sink.accept(member, other);
      }
      (takeLeft ? activeLeft : activeRight).add(member);
    }
  }

  /**
   * The dated members in order of their first day; each undated member is paired at once with
   * every one of {@code partners}, since nothing rules the pair out by date.
   */
  private List<Integer> timedFirst(List<Integer> members, PairSink sink, List<Integer> partners) {
    List<Integer> timed = new ArrayList<>(members.size());
    for (int member : members) {
      if (features[member].timed()) {
        timed.add(member);
      } else {
        partners.forEach(partner -> sink.accept(member, partner));
      }
    }
    timed.sort(Comparator.comparingLong(member -> features[member].start()));
    return timed;
  }

  /** Drops the intervals that end before {@code day}: no later interval can overlap them. */
  private void prune(List<Integer> active, long day) {
    active.removeIf(member -> features[member].end() < day);
  }
}
