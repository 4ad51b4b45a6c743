package org.annalist.eval.events.anchoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.EventTime;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.Span;
import org.annalist.model.layers.TimeLayers;
import org.annalist.model.layers.Timex;
import org.annalist.time.DayInterval;
import org.annalist.time.TimexIntervals;

/**
 * A way of dating an event mention found by the events stage: Annalist's own event time, or a
 * baseline read off the same analysis. Every way is given the same mentions, so they differ only
 * in their dates.
 */
public enum Dating {
  /** The events stage's time of the mention, with its basis and confidence. */
  ANNALIST("annalist") {
    @Override
    Optional<Dated> date(AnnotatedDocument document, EventMention mention) {
      EventTime time = mention.time();
      return time == null
          ? Optional.empty()
          : Optional.of(new Dated(
              time.days(), time.basis().name().toLowerCase(Locale.ROOT), time.confidence()));
    }
  },
  /**
   * Every event at the time stage's reference time where its sentence starts: the story's last
   * date in a narrative, the creation time in news.
   */
  SENTENCE_REFERENCE("sentence-reference") {
    @Override
    Optional<Dated> date(AnnotatedDocument document, EventMention mention) {
      List<Annotation> references =
          document.expectLayer(TimeLayers.SENTENCE_REFERENCE.name()).annotations();
      Span trigger = mention.trigger();
      for (Annotation reference : references) {
        if (reference.span().contains(trigger.start())) {
          Optional<Timex> told = reference.value(TimeLayers.SENTENCE_REFERENCE);
          return told.flatMap(timex -> TimexIntervals.of(timex.value(), timex.mod()))
              .map(days -> new Dated(days, label(), 1));
        }
      }
      return Optional.empty();
    }
  },
  /** Every event on the document's creation day. */
  CREATION_TIME("dct") {
    @Override
    Optional<Dated> date(AnnotatedDocument document, EventMention mention) {
      return document
          .document()
          .metadata()
          .publishedIfKnown()
          .map(day -> new Dated(DayInterval.day(day), label(), 1));
    }
  };

  private final String label;

  Dating(String label) {
    this.label = label;
  }

  /** The name in the report. */
  public String label() {
    return label;
  }

  /** The mention's date by this way, or empty when it leaves the mention undated. */
  abstract Optional<Dated> date(AnnotatedDocument document, EventMention mention);
}
