package org.annalist.time;

import java.time.LocalDate;
import org.annalist.model.layers.Timex;
import org.annalist.model.layers.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * The time a relative expression is resolved against at one point of a text: the document
 * creation time, and in narrative mode the point the story has reached.
 */
final class Anchor {
  private final @Nullable LocalDate creationTime;
  private final AnchoringMode mode;
  private @Nullable Point storyTime;
  private @Nullable Timex storyTimex;
  private @Nullable Point borrowed;
  private @Nullable Point sentenceDay;
  private @Nullable Point lastDay;
  private @Nullable Point earlierStory;
  private boolean storyReached;

  Anchor(TemporalContext context) {
    this.creationTime = context.creationTime();
    this.mode = context.mode();
    this.storyTime = creationTime == null ? null : Point.of(creationTime);
  }

  AnchoringMode mode() {
    return mode;
  }

  @Nullable
  LocalDate creationTime() {
    return creationTime;
  }

  /** The time relative expressions resolve against here, or null if none is known. */
  @Nullable
  Point reference() {
    if (borrowed != null) {
      return borrowed;
    }
    return mode == AnchoringMode.NEWS && creationTime != null ? Point.of(creationTime) : storyTime;
  }

  /**
   * The reference time as the expression that set it told it ({@code DATE 1941 END},
   * {@code DATE 1942-SP}): finer than {@link #reference()}, which keeps only what arithmetic
   * needs. Null if no reference is known.
   */
  @Nullable
  Timex referenceTimex() {
    if (mode == AnchoringMode.NARRATIVE && storyTimex != null) {
      return storyTimex;
    }
    Point reference = reference();
    return reference == null ? null : new Timex(TimexType.DATE, reference.value(), null);
  }

  /** The year a year-less date takes: a borrowed one, else the reference's. */
  @Nullable
  Integer year() {
    Point reference = reference();
    return reference == null ? null : reference.year();
  }

  /**
   * The year of a year-less month (and day). In a story, the year before an aside to another
   * year when the month resumes it (see {@link #resumes}). In news, a date more than
   * {@value #NEWS_FUTURE_MONTHS} months after the creation time is last year's: news reports the
   * recent past ("on 11 December" in a January article).
   */
  @Nullable
  Integer yearFor(int month) {
    Integer year = year();
    Point earlier = earlierStory;
    if (year != null
        && borrowed == null
        && mode == AnchoringMode.NARRATIVE
        && earlier != null
        && resumes(earlier, month)) {
      return earlier.year();
    }
    if (year == null || borrowed != null || mode != AnchoringMode.NEWS || creationTime == null) {
      return year;
    }
    return month - creationTime.getMonthValue() > NEWS_FUTURE_MONTHS ? year - 1 : year;
  }

  static final int NEWS_FUTURE_MONTHS = 6;

  /** For one expression, a year borrowed from its neighbour ("May" in "May and July 1942"). */
  void borrow(@Nullable Point point) {
    this.borrowed = point;
  }

  /** The time the story has reached in the text, or null before the text names one. */
  @Nullable
  Point storyReached() {
    return storyReached ? storyTime : null;
  }

  /** Whether the story's time, as reached in the text, is known to the month. */
  boolean storyKnownToTheMonth() {
    return storyReached && storyTime != null && storyTime.hasMonth();
  }

  /**
   * The day a clock time takes: a day told earlier in its sentence, else (in news) the last day
   * told, else the reference's.
   */
  @Nullable
  Point clockDay() {
    return sentenceDay != null ? sentenceDay : toldDay();
  }

  /** A day told in the current sentence, or null when a new sentence begins. */
  void sentenceDay(@Nullable Point day) {
    this.sentenceDay = day;
    if (day != null) {
      lastDay = day;
    }
  }

  /**
   * The day "the same day", "that day" and "later in the day" point back to: in news the last
   * day the text told ("gains on Friday ... a report released on the same day"), else the
   * reference. A story's own time already is the day it last told.
   */
  @Nullable
  Point toldDay() {
    return mode == AnchoringMode.NEWS && lastDay != null ? lastDay : reference();
  }

  /**
   * Whether a year-less month resumes the story from before its last move to another year: it
   * lies after the month the story had reached then and before the month the move went to. "On
   * 9 April 2003 ... In November 2008 protesters ... On 15 April" is 2003-04-15: the move to 2008
   * was an aside.
   */
  private boolean resumes(Point earlier, int month) {
    Point story = storyTime;
    return story != null
        && storyReached
        && earlier.hasMonth()
        && story.hasMonth()
        && earlier.year() != story.year()
        && month >= earlier.month()
        && month < story.month();
  }

  /** The story has reached this point, told by this expression. */
  void reach(Point point, Timex timex) {
    earlierStory = storyReached ? storyTime : null;
    storyTime = point;
    storyTimex = timex;
    storyReached = true;
  }
}
