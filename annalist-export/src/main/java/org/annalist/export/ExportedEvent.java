package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of {@code annalist-export/1} ({@code events[]}, docs/EXPORT.md): as the timeline step
 * stores it, as the JSON export writes it and as every other export and the API read it.
 *
 * @param id {@code ev-} and 12 hex digits
 * @param summary what happened, in few words
 * @param title what happened, in a source's own words and tense
 * @param type its type ({@code conflict}, {@code meeting}, {@code request}, ...; docs/EVENTS.md)
 * @param importance how much it matters to a reader, 0 to 1 (docs/EVENTS.md)
 * @param relations how it stands to other events: the request it answers, its series, what it is
 *     part of
 * @param time when, as the best-dated telling has it; null when undated
 * @param participants the ids of the entities taking part
 * @param places the ids of the places where it happened
 * @param status {@code corroborated}, {@code single-source} or {@code conflicting}
 * @param fiction whether only sources flagged {@code fiction} tell it: a story's event, kept among
 *     the events but apart from history's
 * @param attestations each telling
 */
@JsonPropertyOrder({
  "id",
  "summary",
  "title",
  "type",
  "importance",
  "relations",
  "time",
  "participants",
  "places",
  "status",
  "fiction",
  "attestations"
})
public record ExportedEvent(
    String id,
    String summary,
    String title,
    String type,
    double importance,
    List<Relation> relations,
    @Nullable Time time,
    List<String> participants,
    List<String> places,
    String status,
    boolean fiction,
    List<ExportedAttestation> attestations) {

  public ExportedEvent {
    relations = List.copyOf(relations);
    participants = List.copyOf(participants);
    places = List.copyOf(places);
    attestations = List.copyOf(attestations);
  }

  /**
   * How an event stands to another.
   *
   * @param kind {@code answer-of} (it answers the request {@code event}), {@code series} (it is
   *     member {@code ordinal} of the series whose first member is {@code event}, itself for the
   *     first) or {@code part-of} (it happened within {@code event})
   * @param event the other event's id
   * @param ordinal for {@code series}, its number in the series; absent otherwise
   */
  @JsonPropertyOrder({"kind", "event", "ordinal"})
  public record Relation(
      String kind,
      String event,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer ordinal) {}

  /**
   * When an event happened: a TIMEX3 value, the days it may have fallen on, and what that rests on.
   *
   * @param value the TIMEX3 value, e.g. {@code 1941-WI}
   * @param earliest the first day, {@code YYYY-MM-DD}
   * @param latest the last day, {@code YYYY-MM-DD}
   * @param basis {@code stated} (its sentence says when), {@code story} (the story's dates around
   *     it) or {@code publication} (the document's date)
   * @param confidence how likely the event lies within those days, 0 to 1
   * @param toldBy the words that told the date; empty when none are known
   */
  @JsonPropertyOrder({"value", "earliest", "latest", "basis", "confidence", "told_by"})
  public record Time(
      String value,
      String earliest,
      String latest,
      String basis,
      double confidence,
      @JsonProperty("told_by") String toldBy) {}

  /** The date as days, or null when the event is undated. */
  @Nullable
  EventDate date() {
    return time == null ? null : EventDate.of(time.value(), time.earliest(), time.latest());
  }

  /** The documents that tell the event, each once, in the order of its tellings. */
  List<String> documents() {
    return attestations.stream().map(ExportedAttestation::document).distinct().toList();
  }

  /**
   * The words a telling used for the event's date ("at the end of 1941"): the first telling whose
   * value is the event's, or null when none stated it in its sentence.
   */
  @Nullable
  String dateAsTold() {
    if (time == null) {
      return null;
    }
    for (ExportedAttestation attestation : attestations) {
      if (attestation.timeText() != null && time.value().equals(attestation.timeValue())) {
        return attestation.timeText();
      }
    }
    return null;
  }
}
