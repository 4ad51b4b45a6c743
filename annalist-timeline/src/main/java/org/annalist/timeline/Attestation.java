package org.annalist.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.events.EventMention;
import org.annalist.events.EventMention.Role;

/**
 * One source's telling of an event: a document's event mention with its participants resolved
 * to corpus entities. The compact unit that alignment holds in memory.
 *
 * @param document the document's id
 * @param mention the event mention
 * @param participants the entities taking part, one per participant of the mention that has one
 */
public record Attestation(String document, EventMention mention, List<EntityRole> participants) {

  public Attestation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(mention, "mention");
    participants = List.copyOf(participants);
  }

  /**
   * A corpus entity in a role.
   *
   * @param named whether the sentence names it (false: a pronoun stands for it)
   */
  public record EntityRole(Role role, String entity, boolean named) {}

  /** The entities in one role. */
  public Set<String> entities(Role role) {
    return participants.stream()
        .filter(p -> p.role() == role)
        .map(EntityRole::entity)
        .collect(Collectors.toSet());
  }

  /** The entities in one role that the sentence names, not only refers to by a pronoun. */
  public Set<String> namedEntities(Role role) {
    return participants.stream()
        .filter(p -> p.role() == role && p.named())
        .map(EntityRole::entity)
        .collect(Collectors.toSet());
  }

  /** Every entity taking part, whatever its role. */
  public Set<String> entities() {
    return participants.stream().map(EntityRole::entity).collect(Collectors.toSet());
  }
}
