package org.annalist.timeline;

import java.util.List;
import java.util.Locale;
import org.annalist.model.Span;

/**
 * Sources that disagree about one event.
 *
 * @param id a stable id
 * @param event the id of the event they disagree about
 * @param kind what they disagree about
 * @param explanation one sentence saying what each side claims
 * @param claims each side's words
 */
public record Conflict(String id, String event, Kind kind, String explanation, List<Claim> claims) {

  public Conflict {
    claims = List.copyOf(claims);
  }

  /** What the sources disagree about. */
  public enum Kind {
    TIME,
    QUANTITY,
    OUTCOME,
    PARTICIPANT,
    OTHER;

    /** The name used in exports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One side of a conflict.
   *
   * @param document the document's id
   * @param span the words that make the claim
   * @param value the claimed value (a date, an amount, an outcome)
   */
  public record Claim(String document, Span span, String value) {}
}
