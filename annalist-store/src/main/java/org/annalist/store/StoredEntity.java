package org.annalist.store;

import java.util.List;
import org.annalist.model.DocumentId;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

/**
 * An entity as the store holds it: one real-world referent with every name it goes by, where it
 * is mentioned, and why its names were merged. Its type is stored by name.
 */
public record StoredEntity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<Mention> mentions,
    List<Merge> merges) {

  public StoredEntity {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    merges = List.copyOf(merges);
  }

  /** The documents that mention it, in order of first appearance in {@link #mentions}. */
  public List<DocumentId> documents() {
    return mentions.stream().map(Mention::document).distinct().toList();
  }

  /** One mention: a span of a document's text. */
  public record Mention(DocumentId document, Span span) {}

  /** Why an alias was merged into the canonical name: the rule, its score and one sentence. */
  public record Merge(
      String alias, String canonical, String rule, double score, String explanation) {}
}
