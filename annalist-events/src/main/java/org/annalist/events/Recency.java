package org.annalist.events;

import java.util.Optional;
import org.annalist.time.AnchoringMode;

/**
 * How far before its publication date a news text's present or recent past reaches, by the tense
 * that tells an event, and how sure that is. A history has none: its past lies anywhere before its
 * first date, not near its publication, and what it tells in the present before it names a date
 * is the writer speaking to the reader ("if you want to know how clever he was"). Measured on the dev splits of TimeBank/AQUAINT,
 * MEANTIME and the TimeLine trial data (docs/EVENTS-EVAL.md): an event a news text tells in the
 * present or present perfect lies in the window 87% of the time, one it tells in the past 70%;
 * three days back or seven made no difference to that (79.1% and 79.3% of the publication dates
 * right on TimeBank/AQUAINT), so the window is the narrower.
 *
 * @param days how many days before the publication date the event may lie (0: on it)
 * @param confidence how likely the event lies in that window
 */
record Recency(int days, double confidence) {
  static final Recency PRESENT = new Recency(0, 0.85);
  static final Recency PRESENT_PERFECT = new Recency(3, 0.85);
  static final Recency NEWS_PAST = new Recency(3, 0.7);

  /** The window for an event told in this tense, in a text anchored this way (news only). */
  static Optional<Recency> of(ClauseTense tense, AnchoringMode mode) {
    if (mode != AnchoringMode.NEWS) {
      return Optional.empty();
    }
    return switch (tense) {
      case PRESENT -> Optional.of(PRESENT);
      case PRESENT_PERFECT -> Optional.of(PRESENT_PERFECT);
      case PAST -> Optional.of(NEWS_PAST);
      default -> Optional.empty();
    };
  }
}
