package org.annalist.bench;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.random.RandomGenerator;
import org.annalist.events.EventMention.EventTime;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;

/**
 * How a synthetic telling dates its event: the day the event happened, told at a precision
 * drawn the way sources tell dates (a day, a month, a year, or vaguely a decade), explicitly or
 * only through the narrative's reference time.
 */
final class SyntheticDates {
  /** The first day an event may happen on. */
  static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  /** How many sentences back a narrative told the date of an undated sentence. */
  static final int NARRATIVE_SENTENCES_BACK = 3;
  /** How many days events spread over: a century. */
  static final int SPREAD_DAYS = 36_525;

  private SyntheticDates() {}

  static LocalDate day(RandomGenerator random) {
    return FIRST.plusDays(random.nextInt(SPREAD_DAYS));
  }

  /** The day told at a drawn precision: 25% day, 35% month, 30% year, 10% decade; 80% explicit. */
  static EventTime told(LocalDate day, Span sentence, RandomGenerator random) {
    double precision = random.nextDouble();
    boolean explicit = random.nextDouble() < 0.8;
    Span span = explicit ? Span.of(sentence.start() + 60, sentence.start() + 72) : sentence;
    if (precision < 0.25) {
      return time(span, explicit, day.toString(), day, day);
    }
    if (precision < 0.60) {
      LocalDate first = day.withDayOfMonth(1);
      return time(
          span,
          explicit,
          first.toString().substring(0, 7),
          first,
          first.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if (precision < 0.90) {
      LocalDate first = day.withDayOfYear(1);
      return time(
          span,
          explicit,
          String.valueOf(day.getYear()),
          first,
          first.plusYears(1).minusDays(1));
    }
    int decade = day.getYear() / 10 * 10;
    LocalDate first = LocalDate.of(decade, 1, 1);
    return time(
        span, explicit, String.valueOf(decade / 10), first, first.plusYears(10).minusDays(1));
  }

  private static EventTime time(
      Span span, boolean explicit, String value, LocalDate earliest, LocalDate latest) {
    DayInterval days = DayInterval.of(earliest, latest);
    return explicit
        ? EventTime.stated(span, "in " + value, value, days)
        : EventTime.fromStory(span, "", value, days, NARRATIVE_SENTENCES_BACK);
  }
}
