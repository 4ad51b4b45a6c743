package org.annalist.timeline;

import java.util.Locale;
import org.annalist.events.EventMention;
import org.jspecify.annotations.Nullable;

/**
 * Why an event mention is a statement kept off the timeline instead of a telling of what
 * happened: how its sentence commits to it (denied, supposed, intended, only possible, habitual)
 * or what kind of mention it is (someone saying something, a state of mind). Such mentions stay
 * searchable and are exported as {@code statements}, each with this reason as its {@code why}.
 */
public enum StatementReason {
  /** Told as not having happened ("did not send troops"). */
  NEGATED,
  /** Told under a condition ("if the army had crossed"). */
  HYPOTHETICAL,
  /** Wanted, planned, asked for or still to come ("asked him to send troops"). */
  INTENDED,
  /** Told as only possible ("might have met"). */
  POSSIBLE,
  /** Told of a kind or as a habit ("wars ruin nations"). */
  GENERIC,
  /** Someone saying something: the saying is not the event it reports. */
  REPORT,
  /** A state of mind or a perception ("hoped", "knew", "saw"). */
  MENTAL_STATE;

  /**
   * Why the mention is kept off the timeline, or null when it is an event told as having
   * happened. How the sentence commits to it comes first: a denied report is {@link #NEGATED}.
   */
  public static @Nullable StatementReason of(EventMention mention) {
    String notFactual = mention.factuality().notFactualBecause();
    if (notFactual != null) {
      return valueOf(notFactual.toUpperCase(Locale.ROOT));
    }
    return switch (mention.kind()) {
      case REPORT -> REPORT;
      case STATE -> MENTAL_STATE;
      case EVENT -> null;
    };
  }

  /** The reason's word in the export: lower case with hyphens ({@code mental-state}). */
  public String exportName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
