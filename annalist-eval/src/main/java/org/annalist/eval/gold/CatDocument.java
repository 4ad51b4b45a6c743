package org.annalist.eval.gold;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a CAT (NewsReader) XML file that temporal and entity scoring need, as written in
 * the file.
 *
 * @param id the {@code doc_id} of the {@code <Document>}
 * @param tokens the tokens in file order
 * @param timexes the TIMEX3 markables in file order, with or without token anchors
 * @param entityMentions the ENTITY_MENTION markables in file order
 * @param entities the ENTITY markables (one per entity the document refers to)
 * @param references the REFERS_TO relations, from mentions (of entities or events) to their
 *     entity or event
 */
record CatDocument(String id, List<Token> tokens, List<Timex> timexes, List<EntityMention> entityMentions,
    List<Entity> entities, List<RefersTo> references) {

  CatDocument {
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
    entityMentions = List.copyOf(entityMentions);
    entities = List.copyOf(entities);
    references = List.copyOf(references);
  }

  /** A {@code <token t_id sentence number>}. */
  record Token(int id, int sentence, int number, String text) {}

  /** A {@code <TIMEX3>} markable and the ids of the tokens it is anchored on (maybe none). */
  record Timex(String markableId, @Nullable String type, @Nullable String value, @Nullable String function,
      List<Integer> tokenIds) {

    Timex {
      tokenIds = List.copyOf(tokenIds);
    }

    boolean isCreationTime() {
      return "CREATION_TIME".equals(function);
    }
  }

  /**
   * An {@code <ENTITY_MENTION>}. Mentions annotated at document level carry a {@code
   * syntactic_type} attribute (maybe blank); those added by the cross-document pass carry no
   * attributes at all.
   *
   * @param syntacticType NAM, PRE.NAM, NOM, PRO, ... or null when blank or absent
   * @param documentLevel true if the markable has a {@code syntactic_type} attribute
   */
  record EntityMention(String markableId, @Nullable String syntacticType, boolean documentLevel,
      List<Integer> tokenIds) {

    EntityMention {
      tokenIds = List.copyOf(tokenIds);
    }
  }

  /**
   * An {@code <ENTITY>}: the entity mentions refer to.
   *
   * @param type {@code ent_type}: PER, ORG, LOC, PRO, FIN or MIX; null when blank
   * @param instanceId the corpus-wide id of the entity, when the cross-document pass gave one
   */
  record Entity(String markableId, @Nullable String type, @Nullable String instanceId) {}

  /** A {@code <REFERS_TO>}: the markables in {@code sources} refer to {@code target}. */
  record RefersTo(List<String> sources, String target) {

    RefersTo {
      sources = List.copyOf(sources);
    }
  }
}
