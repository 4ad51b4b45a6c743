package org.annalist.app;

import java.util.ArrayList;
import java.util.List;
import org.annalist.entities.DocumentNames;
import org.annalist.entities.Entity;
import org.annalist.entities.EntityResolver;
import org.annalist.entities.MergeEvidence;
import org.annalist.entities.NameMention;
import org.annalist.entities.UntaggedName;
import org.annalist.model.DocumentId;
import org.annalist.model.layers.AnnotateLayers;
import org.annalist.store.AnnalistStore;
import org.annalist.store.StoredEntity;

/**
 * The corpus-level entity step: reads every stored name mention, and every run of proper nouns
 * the named-entity model left untagged, with its context, resolves them into entities across
 * documents (never joining names a user kept apart), and replaces the store's entities in one
 * transaction.
 */
final class EntityLinking {
  private EntityLinking() {}

  /** What a link did: how many entities it stored from how many tokens of text. */
  record Linked(int entities, int tokens) {}

  /** Resolves and stores the entities of the whole store. */
  static Linked link(AnnalistStore store) {
    List<NameMention> mentions = new ArrayList<>();
    List<UntaggedName> untagged = new ArrayList<>();
    int[] tokens = {0};
    store.forEachAnnotated(document -> {
      DocumentNames names = DocumentNames.read(document);
      mentions.addAll(names.mentions());
      untagged.addAll(names.untagged());
      tokens[0] +=
          document.layer(AnnotateLayers.TOKEN.name()).map(layer -> layer.size()).orElse(0);
    });
    List<StoredEntity> entities = new EntityResolver()
        .resolve(mentions, untagged, store.keptApart()).stream()
            .map(EntityLinking::stored)
            .toList();
    store.replaceEntities(entities);
    return new Linked(entities.size(), tokens[0]);
  }

  private static StoredEntity stored(Entity entity) {
    return new StoredEntity(
        entity.id(),
        entity.name(),
        entity.type(),
        entity.aliases(),
        entity.mentions().stream()
            .map(m -> new StoredEntity.Mention(DocumentId.of(m.documentId()), m.span()))
            .toList(),
        entity.merges().stream().map(EntityLinking::merge).toList());
  }

  private static StoredEntity.Merge merge(MergeEvidence evidence) {
    return new StoredEntity.Merge(
        evidence.alias(),
        evidence.canonical(),
        evidence.rule(),
        evidence.score(),
        evidence.explanation());
  }
}
