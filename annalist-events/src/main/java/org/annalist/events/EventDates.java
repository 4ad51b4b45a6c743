package org.annalist.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.events.EventMention.EventTime;
import org.annalist.events.SentenceGraph.Token;
import org.annalist.events.StoryAnchors.Told;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.TimexRange;
import org.annalist.model.layers.TimexType;
import org.annalist.time.AnchoringMode;
import org.annalist.time.DayInterval;
import org.annalist.time.Quotations;
import org.annalist.time.TemporalExpression;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;

/**
 * When each event of a document happened, and on what that rests (docs/EVENTS.md, "Time"):
 *
 * <ol>
 *   <li>a date of the event's own clause ({@link SentenceDates#own}): stated;
 *   <li>else a date stated elsewhere in its sentence that constrains it ({@link
 *       SentenceDates#constraining}): stated, less sure;
 *   <li>else, inside quotation marks, a date the quote itself told earlier, or nothing from the
 *       story outside it;
 *   <li>else the story's window: from the date in force where the sentence starts to the next date
 *       the story moves to, when the story goes forward ({@link StoryAnchors});
 *   <li>in news, where the date in force is the publication date: the publication date for
 *       events told in the present, the recent past up to it for those told in the present
 *       perfect or the past ({@link Recency}); a history gives its publication date to no event.
 * </ol>
 */
final class EventDates {
  /**
   * How often a date stated elsewhere in the sentence holds for the event: 37 of 51 on the dev
   * splits (docs/EVENTS-EVAL.md).
   */
  static final double SENTENCE_CONFIDENCE = 0.7;

  /**
   * How much less sure a story's window is for an event told in the present: a history's present
   * is mostly the writer's ("historians now agree"), and only sometimes the story's own.
   */
  static final double PRESENT_IN_A_STORY = 0.5;

  private final String text;
  private final List<TemporalExpression> expressions;
  private final List<Annotation> ranges;
  private final StoryAnchors story;
  private final Quotations quotations;
  private final @Nullable LocalDate published;
  private final AnchoringMode mode;
  private final Map<Span, SentenceDates> datesOf = new HashMap<>();
  private final Map<Span, Optional<Story>> storyOf = new HashMap<>();

  EventDates(
      String text,
      List<TemporalExpression> expressions,
      List<Annotation> ranges,
      List<Annotation> references,
      @Nullable LocalDate published,
      AnchoringMode mode) {
    this.text = text;
    this.expressions = List.copyOf(expressions);
    this.ranges = List.copyOf(ranges);
    this.quotations = Quotations.of(text);
    this.story = new StoryAnchors(text, expressions, references, quotations);
    this.published = published;
    this.mode = mode;
  }

  /** When the event the trigger names happened, or null when nothing in the text says. */
  @Nullable
  EventTime timeOf(SentenceGraph sentence, Token trigger) {
    SentenceDates dates =
        datesOf.computeIfAbsent(sentence.span(), span -> new SentenceDates(sentence, expressions));
    Optional<TemporalExpression> own = dates.own(trigger);
    if (own.isPresent()) {
      return stated(own.get());
    }
    Optional<TemporalExpression> constraining = dates.constraining(trigger);
    if (constraining.isPresent()) {
      return stated(constraining.get()).withConfidence(SENTENCE_CONFIDENCE);
    }
    Optional<Span> quote = quotations.around(trigger.span().start());
    if (quote.isPresent()) {
      return saidInTheQuote(quote.get(), sentence)
          .or(() -> publicationOnly(sentence, trigger))
          .orElse(null);
    }
    Optional<Story> told = storyOf.computeIfAbsent(sentence.span(), span -> story(sentence.span()));
    if (told.isEmpty()) {
      return null;
    }
    if (told.get().publication()) {
      return publication(sentence, trigger).orElse(null);
    }
    EventTime window = Objects.requireNonNull(told.get().time(), "time");
    ClauseTense tense = ClauseTense.of(sentence, trigger);
    return tense == ClauseTense.PRESENT || tense == ClauseTense.PRESENT_PERFECT
        ? window.withConfidence(window.confidence() * PRESENT_IN_A_STORY)
        : window;
  }

  /** The story's time for a sentence, or that the story's date there is the publication date. */
  private record Story(@Nullable EventTime time, boolean publication) {}

  private Optional<Story> story(Span sentence) {
    Optional<Told> inForce = story.inForce(sentence.start());
    if (inForce.isEmpty()) {
      return Optional.empty();
    }
    Told before = inForce.get();
    if (published != null && before.days().equals(DayInterval.day(published))) {
      return Optional.of(new Story(null, true));
    }
    Optional<Told> next = story
        .next(sentence.start())
        .filter(after -> !after.days().earliest().isBefore(before.days().earliest()));
    return Optional.of(new Story(StoryWindows.between(sentence, before, next.orElse(null)), false));
  }

  /** The publication date where the story's date is the publication date but the event is quoted. */
  private Optional<EventTime> publicationOnly(SentenceGraph sentence, Token trigger) {
    return story
        .inForce(sentence.span().start())
        .filter(told -> published != null && told.days().equals(DayInterval.day(published)))
        .flatMap(told -> publication(sentence, trigger));
  }

  /**
   * The publication date for an event told in the present or the present perfect, or (news only)
   * the recent past before it for one told in the past; empty otherwise: a history's past events,
   * futures, and what has no tense of its own.
   */
  private Optional<EventTime> publication(SentenceGraph sentence, Token trigger) {
    LocalDate day = Objects.requireNonNull(published, "published");
    return Recency.of(ClauseTense.of(sentence, trigger), mode)
        .map(recency -> EventTime.published(
            sentence.span(),
            day.toString(),
            DayInterval.of(day.minusDays(recency.days()), day),
            recency.confidence()));
  }

  /**
   * The last date the quote around the event told before the event's sentence: a quote's
   * events take their dates from the quote, not from the story around it.
   */
  private Optional<EventTime> saidInTheQuote(Span quote, SentenceGraph sentence) {
    TemporalExpression last = null;
    for (TemporalExpression expression : expressions) {
      if (quote.contains(expression.span())
          && expression.span().end() <= sentence.span().start()
          && expression.interval() != null
          && (expression.type() == TimexType.DATE || expression.type() == TimexType.TIME)) {
        last = expression;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    int back =
        Math.max(1, story.sentencesBetween(last.span().start(), sentence.span().start()));
    return Optional.of(EventTime.fromStory(
            sentence.span(),
            last.span().quote(text),
            last.value(),
            Objects.requireNonNull(last.interval(), "interval"),
            back)
        .withConfidence(StoryWindows.confidence(back, false)));
  }

  /** A stated date: the expression, or the range it is an end of ("between May and July 1942"). */
  private EventTime stated(TemporalExpression expression) {
    Span span = expression.span();
    String value = expression.value();
    DayInterval interval = expression.interval();
    for (Annotation range : ranges) {
      if (range.span().contains(span)) {
        TimexRange ends = range.value(TimeLayers.RANGE);
        Optional<DayInterval> first = TimexIntervals.of(ends.from(), null);
        Optional<DayInterval> last = TimexIntervals.of(ends.to(), null);
        if (first.isPresent()
            && last.isPresent()
            && !last.get().latest().isBefore(first.get().earliest())) {
          span = range.span();
          value = TimeLayers.RANGE.encode(ends);
          interval = DayInterval.of(first.get().earliest(), last.get().latest());
        }
        break;
      }
    }
    Objects.requireNonNull(interval, "interval");
    return EventTime.stated(span, span.quote(text), value, interval);
  }
}
