package org.annalist.eval.gold;

import java.util.Objects;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One gold entity mention of MEANTIME.
 *
 * @param id {@code <doc_id>/m<markable id>}
 * @param span the span from its first to its last anchored token
 * @param text the text under the span
 * @param syntacticType NAM (a proper name), PRE.NAM (a name used as a modifier), NOM, PRO, APP,
 *     CONJ, ...; null when the annotators left it blank or the mention was added by the
 *     cross-document pass
 * @param documentLevel true if annotated in the document-level pass, which covers every entity
 *     mention of the first sentences; false if added by the cross-document pass, which marks
 *     mentions of the cross-document entities anywhere in the document
 * @param entityType the {@code ent_type} of the entity it refers to (PER, ORG, LOC, PRO, FIN,
 *     MIX), or null if it refers to none
 * @param entity the entity it refers to: its corpus-wide {@code instance_id} when it has one,
 *     else {@code <doc_id>/e<markable id>}; null if it refers to none
 */
public record GoldEntityMention(
    String id,
    Span span,
    String text,
    @Nullable String syntacticType,
    boolean documentLevel,
    @Nullable String entityType,
    @Nullable String entity) {

  public GoldEntityMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** True for proper names: syntactic type NAM or PRE.NAM. */
  public boolean isName() {
    return "NAM".equals(syntacticType) || "PRE.NAM".equals(syntacticType);
  }
}
