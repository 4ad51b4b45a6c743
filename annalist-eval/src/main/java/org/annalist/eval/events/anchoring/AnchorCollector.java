package org.annalist.eval.events.anchoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.time.DayInterval;
import org.annalist.time.TimexIntervals;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the date links of one document's events and keeps, for each event, the narrowest date
 * it is linked to; counts what it leaves out for the reader's notes.
 */
final class AnchorCollector {
  private final Map<String, GoldAnchor> byEvent = new LinkedHashMap<>();
  private int links;
  private int undated;
  private int several;

  /**
   * A link of the event {@code id} at {@code span} to a time of this value; {@code creationTime}
   * when the time is the document's creation time, whose day is {@code dct}.
   */
  void link(
      String id, Span span, @Nullable String value, boolean creationTime, @Nullable LocalDate dct) {
    links++;
    Optional<DayInterval> days = creationTime && dct != null
        ? Optional.of(DayInterval.day(dct))
        : value == null ? Optional.empty() : TimexIntervals.of(value.strip(), null);
    if (days.isEmpty()) {
      undated++;
      return;
    }
    String written =
        creationTime && dct != null ? dct.toString() : String.valueOf(value).strip();
    GoldAnchor anchor = new GoldAnchor(id, span, written, days.get(), creationTime);
    GoldAnchor before = byEvent.get(id);
    if (before != null) {
      several++;
    }
    if (before == null || anchor.days().days() < before.days().days()) {
      byEvent.put(id, anchor);
    }
  }

  /** The anchors kept, in text order. */
  List<GoldAnchor> anchors() {
    List<GoldAnchor> anchors = new ArrayList<>(byEvent.values());
    anchors.sort(Comparator.comparing(GoldAnchor::span));
    return anchors;
  }

  int links() {
    return links;
  }

  int undated() {
    return undated;
  }

  int several() {
    return several;
  }
}
