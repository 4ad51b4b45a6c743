package org.annalist.timeline;

import java.util.List;
import org.annalist.model.EventStatus;
import org.jspecify.annotations.Nullable;

/**
 * An event of the timeline: the attestations that tell it, in every source.
 *
 * @param id a stable id, derived from its first attestation
 * @param summary a short description built from its participants and trigger
 * @param time when it happened by its best-dated attestation, or null
 * @param participants the entities taking part (not places)
 * @param places the places it happened in
 * @param status corroborated by independent sources, told by one, or conflicting
 * @param attestations the tellings, by document and offset
 */
public record TimelineEvent(
    String id,
    String summary,
    @Nullable When time,
    List<String> participants,
    List<String> places,
    EventStatus status,
    List<Attestation> attestations) {

  public TimelineEvent {
    participants = List.copyOf(participants);
    places = List.copyOf(places);
    attestations = List.copyOf(attestations);
  }

  /** A TIMEX3 value and the days it may denote (ISO dates). */
  public record When(String value, String earliest, String latest) {}
}
