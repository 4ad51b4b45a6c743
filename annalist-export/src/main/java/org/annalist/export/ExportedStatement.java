package org.annalist.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A statement of {@code annalist-export/1} ({@code statements[]}, docs/EXPORT.md): an event
 * mention kept off the timeline because of how its sentence tells it, with why. Its fields are an
 * attestation's (the sentence, its date, trigger, factuality, ...) with an id, the reason, and
 * what the mention is about, since no event carries that for it.
 *
 * @param id {@code st-} and 16 hex digits
 * @param why {@code negated}, {@code hypothetical}, {@code intended}, {@code possible}, {@code
 *     generic}, {@code report} or {@code mental-state}
 * @param title the mention in its source's own words and tense
 * @param type its type, as an event's ({@code communication}, {@code conflict}, ...)
 * @param participants the ids of the entities it names, whatever their role
 * @param telling the sentence that tells it, as an attestation's fields
 */
@JsonPropertyOrder({"id", "why", "title", "type", "participants"})
public record ExportedStatement(
    String id,
    String why,
    String title,
    String type,
    List<String> participants,
    @JsonUnwrapped ExportedAttestation telling) {

  public ExportedStatement {
    participants = List.copyOf(participants);
  }
}
