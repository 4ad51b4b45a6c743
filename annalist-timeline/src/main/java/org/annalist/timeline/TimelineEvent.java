package org.annalist.timeline;

import java.util.List;
import org.annalist.events.EventMention.TimeBasis;
import org.annalist.events.EventType;
import org.annalist.model.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * An event of the timeline: the attestations that tell it, in every source.
 *
 * @param id a stable id, derived from its first attestation
 * @param summary a short description built from its participants and trigger
 * @param title a readable telling in a source's own words and tense
 * @param type its type: the type most of its tellings have
 * @param importance how much it matters to a reader, 0 to 1 ({@link Importance})
 * @param relations how it stands to other events: answers, series, parts ({@link EventRelations})
 * @param time when it happened by its best-dated attestation, or null
 * @param participants the entities taking part (not places)
 * @param places the places it happened in
 * @param status corroborated by independent sources, told by one, or conflicting
 * @param fiction whether only sources flagged fiction tell it: a story's event, which a reader of
 *     history sees only when asking for it
 * @param attestations the tellings, by document and offset
 */
public record TimelineEvent(
    String id,
    String summary,
    String title,
    EventType type,
    double importance,
    List<EventRelation> relations,
    @Nullable When time,
    List<String> participants,
    List<String> places,
    EventStatus status,
    boolean fiction,
    List<Attestation> attestations) {

  public TimelineEvent {
    participants = List.copyOf(participants);
    places = List.copyOf(places);
    attestations = List.copyOf(attestations);
    relations = List.copyOf(relations);
  }

  /** This event with its importance and relations, once the whole timeline is known. */
  TimelineEvent assessed(double importance, List<EventRelation> relations) {
    return new TimelineEvent(
        id,
        summary,
        title,
        type,
        importance,
        relations,
        time,
        participants,
        places,
        status,
        fiction,
        attestations);
  }

  /**
   * When it happened: a TIMEX3 value and the days it may denote (ISO dates), what the date rests
   * on and how likely the event lies within those days.
   *
   * @param toldBy the words that told the date: the expression of the event's sentence, or for a
   *     date from the story the words the story told it with (empty when none are known)
   */
  public record When(
      String value,
      String earliest,
      String latest,
      TimeBasis basis,
      double confidence,
      String toldBy) {}
}
