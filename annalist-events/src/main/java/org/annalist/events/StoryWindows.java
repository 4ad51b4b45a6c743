package org.annalist.events;

import org.annalist.events.EventMention.EventTime;
import org.annalist.events.StoryAnchors.Told;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.jspecify.annotations.Nullable;

/**
 * The window a story gives an event it tells without a date of its own: from the date in force
 * where the event's sentence starts to the next date the story moves to, or, when the story names
 * no later date (or goes back), the date in force itself, run on by a month when it is finer than
 * one: a story told to the day moves on without naming each day (WikiWars: the next date told one
 * or two sentences later lies a median 4 days on, 75th percentile 50 days).
 */
final class StoryWindows {
  /** How far a story told to the day or week may have run on without naming a new date. */
  static final int RUN_ON_MONTHS = 1;
  /** Dates shorter than this (days, weeks) run on; months and coarser already hold the event. */
  static final int RUN_ON_BELOW_DAYS = 28;

  private StoryWindows() {}

  /** The window of an event in {@code sentence}, after {@code before} and before {@code next}. */
  static EventTime between(Span sentence, Told before, @Nullable Told next) {
    int back = before.sentences();
    if (next != null) {
      DayInterval days = DayInterval.of(
          before.days().earliest(), later(before.days(), next.days()).latest());
      return EventTime.fromStory(
              sentence,
              before.words() + " … " + next.words(),
              before.timex().value() + "/" + next.timex().value(),
              days,
              back)
          .withConfidence(confidence(back, true));
    }
    DayInterval days = before.days();
    if (days.days() < RUN_ON_BELOW_DAYS) {
      days = DayInterval.of(days.earliest(), days.latest().plusMonths(RUN_ON_MONTHS));
    }
    return EventTime.fromStory(sentence, before.words(), before.timex().value(), days, back)
        .withConfidence(confidence(back, false));
  }

  /**
   * How likely an event lies in a story's window: higher when a later date closes the window,
   * lower the more sentences back the story told its date (docs/EVENTS-EVAL.md, calibration).
   */
  static double confidence(int sentencesBack, boolean closed) {
    double base = closed ? CLOSED : OPEN;
    return Math.max(FLOOR, base - DECAY * (sentencesBack - 1));
  }

  private static final double CLOSED = 0.65;
  private static final double OPEN = 0.5;
  private static final double DECAY = 0.02;
  private static final double FLOOR = 0.2;

  private static DayInterval later(DayInterval a, DayInterval b) {
    return b.latest().isAfter(a.latest()) ? b : a;
  }
}
