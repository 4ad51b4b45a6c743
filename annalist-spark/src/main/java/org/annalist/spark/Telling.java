package org.annalist.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.annalist.events.EventMention.Role;
import org.annalist.events.EventMentionCodec;
import org.annalist.timeline.Attestation;

/**
 * An attestation as it travels to an executor: the document, the event mention as the events
 * stage stores it, and the entity roles. Decoding gives an attestation equal to the one encoded.
 */
record Telling(String document, String mention, List<Telling.Participant> participants)
    implements Serializable {
  static Telling of(Attestation attestation) {
    return new Telling(
        attestation.document(),
        EventMentionCodec.encode(attestation.mention()),
        new ArrayList<>(attestation.participants().stream()
            .map(p -> new Participant(p.role(), p.entity(), p.named()))
            .toList()));
  }

  /** Each attestation of a list, as it travels. */
  static ArrayList<Telling> of(List<Attestation> attestations) {
    return new ArrayList<>(attestations.stream().map(Telling::of).toList());
  }

  Attestation attestation() {
    return new Attestation(
        document,
        EventMentionCodec.decode(mention),
        participants.stream()
            .map(p -> new Attestation.EntityRole(p.role(), p.entity(), p.named()))
            .toList());
  }

  /** Each telling of a list, decoded. */
  static List<Attestation> attestations(List<Telling> tellings) {
    return tellings.stream().map(Telling::attestation).toList();
  }

  /** A corpus entity in a role, as it travels. */
  record Participant(Role role, String entity, boolean named) implements Serializable {}
}
