package org.annalist.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event of the stored timeline as the exports read it: its id, summary, date (null when
 * undated), the entities taking part and where it happened (entity ids), its status and each
 * telling.
 */
record EventItem(String id, String summary, @Nullable EventDate time, List<String> participants, List<String> places,
    String status, List<EventAttestation> attestations) {

  EventItem {
    participants = List.copyOf(participants);
    places = List.copyOf(places);
    attestations = List.copyOf(attestations);
  }

  /** The documents that tell the event, each once, in the order of its tellings. */
  List<String> documents() {
    return attestations.stream().map(a -> a.quote().document()).distinct().toList();
  }

  /**
   * The words a telling used for the event's date ("at the end of 1941"): the first telling whose
   * value is the event's, or null when none stated it in its sentence.
   */
  @Nullable String dateAsTold() {
    if (time == null) {
      return null;
    }
    for (EventAttestation attestation : attestations) {
      if (attestation.timeText() != null && time.value().equals(attestation.timeValue())) {
        return attestation.timeText();
      }
    }
    return null;
  }
}
