package org.annalist.eval.events.anchoring;

import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;

/**
 * One gold event whose time the gold fixes to a date: an event mention linked to a dated
 * temporal expression as lying within it or as simultaneous with it, or a timeline entry with a
 * date anchor.
 *
 * @param id unique within its corpus (document id and the gold's own id of the mention)
 * @param span the event mention's words in the document's text
 * @param value the gold date as the gold writes it ({@code 2008-03-06}, {@code 2003-XX-XX})
 * @param days the days the gold date denotes
 * @param creationTime whether the date is the document's creation time (a link to the DCT)
 */
public record GoldAnchor(
    String id, Span span, String value, DayInterval days, boolean creationTime) {
  public GoldAnchor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(days, "days");
  }
}
