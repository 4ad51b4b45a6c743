package org.annalist.eval.events.anchoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annalist.eval.events.EventText;
import org.jspecify.annotations.Nullable;

/**
 * A gold document as the anchoring evaluation uses it: its text, its creation time (the
 * publication date Annalist is given, as a user's file would carry it) and its anchored events.
 *
 * @param text the document as Annalist is given it
 * @param creationTime the document creation time, or null when the gold has none
 * @param anchors the gold events with a date anchor, in text order
 */
public record AnchoredDocument(
    EventText text, @Nullable LocalDate creationTime, List<GoldAnchor> anchors) {
  public AnchoredDocument {
    Objects.requireNonNull(text, "text");
    anchors = List.copyOf(anchors);
    for (GoldAnchor anchor : anchors) {
      text.requireCovers(anchor.id(), anchor.span(), anchor.span().quote(text.text()));
    }
  }

  public String id() {
    return text.id();
  }
}
