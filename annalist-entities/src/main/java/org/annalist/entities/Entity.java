package org.annalist.entities;

import java.util.List;
import java.util.Objects;
import org.annalist.model.EntityType;

/**
 * One person, organization, place or other named thing, with every mention taken for it.
 *
 * @param id {@code type:slug}, e.g. {@code person:mao-zedong}; stable for the same input
 * @param name the canonical name (the fullest form used at least twice)
 * @param type the majority type among the mentions
 * @param aliases every distinct surface form, as written, sorted
 * @param mentions the mentions, sorted by document and offset
 * @param merges why the names in this entity were taken for one another
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<NameMention> mentions,
    List<MergeEvidence> merges) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    merges = List.copyOf(merges);
  }
}
