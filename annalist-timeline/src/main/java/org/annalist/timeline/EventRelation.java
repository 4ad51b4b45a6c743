package org.annalist.timeline;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one event of the timeline stands to another ({@link EventRelations}).
 *
 * @param kind what the relation says
 * @param event the id of the other event
 * @param ordinal for {@link Kind#SERIES}, this event's number in the series; else null
 */
public record EventRelation(
    Kind kind, String event, @Nullable Integer ordinal) {

  public EventRelation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(event, "event");
  }

  /** The kinds of relation between events. */
  public enum Kind {
    /** This event answers (grants or refuses) the request {@code event}. */
    ANSWER_OF,
    /** This event happened within {@code event}: a day of a visit, a battle of a campaign. */
    PART_OF,
    /** This event is member number {@code ordinal} of the series whose first member is {@code event}. */
    SERIES;

    /** The kind's name in the export: lower case with hyphens ({@code answer-of}). */
    public String exportName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
