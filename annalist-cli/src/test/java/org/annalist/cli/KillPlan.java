package org.annalist.cli;

import java.time.Duration;
import java.util.Random;

/**
 * When the crash harness kills a run of {@code annalist analyze}: once the point is reached
 * (watched in the store), after the delay.
 *
 * @param point what must have happened first
 * @param saves for {@link Point#DOCUMENT_SAVES}, how many documents this run must have saved
 * @param delay how long to wait after the point before the kill
 */
record KillPlan(Point point, int saves, Duration delay) {
  private static final Duration START_UP = Duration.ofSeconds(12);
  private static final Duration LINKING = Duration.ofMillis(1500);
  private static final Duration FINISHING = Duration.ofMillis(300);

  /** What must have happened before the kill. */
  enum Point {
    /** Nothing: the kill comes after a random delay, during start-up, ingest or annotation. */
    START_UP,
    /** This run saved {@code saves} documents: the kill falls between two document saves. */
    DOCUMENT_SAVES,
    /** Every document is saved: the kill falls in entity linking or the timeline. */
    LINKING,
    /** Linking is recorded: the kill falls in finishing the run or rebuilding the search index. */
    AFTER_LINKING
  }

  /** A plan chosen at random among the points; {@code unsaved} is how many documents the run has to save. */
  static KillPlan random(Random random, int unsaved) {
    Point point = Point.values()[random.nextInt(Point.values().length)];
    return switch (point) {
      case START_UP -> new KillPlan(point, 0, randomUpTo(random, START_UP));
      case DOCUMENT_SAVES ->
        unsaved > 1
            ? new KillPlan(point, 1 + random.nextInt(unsaved - 1), Duration.ZERO)
            : new KillPlan(Point.LINKING, 0, randomUpTo(random, LINKING));
      case LINKING -> new KillPlan(point, 0, randomUpTo(random, LINKING));
      case AFTER_LINKING -> new KillPlan(point, 0, randomUpTo(random, FINISHING));
    };
  }

  /** Whether the point is reached: {@code start} is the store before the run, {@code now} as it is. */
  boolean reached(StoreProbe start, StoreProbe now, int total) {
    return switch (point) {
      case START_UP -> true;
      case DOCUMENT_SAVES -> now.documents() >= start.documents() + saves;
      case LINKING -> now.documents() >= total;
      case AFTER_LINKING -> now.documents() >= total && !now.linkingPending();
    };
  }

  private static Duration randomUpTo(Random random, Duration limit) {
    return Duration.ofMillis(random.nextInt((int) limit.toMillis() + 1));
  }
}
