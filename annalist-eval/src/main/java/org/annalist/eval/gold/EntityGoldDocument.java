package org.annalist.eval.gold;

import static org.annalist.model.Checks.requireArgument;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * A MEANTIME document with its gold entity mentions.
 *
 * @param id the {@code doc_id}
 * @param topic the topic folder it is in ({@code airbus} for {@code corpus_airbus})
 * @param text the text rebuilt from the tokens (see {@link MeantimeReader})
 * @param mentions every ENTITY_MENTION with token anchors, in document order
 * @param annotated the regions in which every entity mention was annotated (the title and the
 *     sentences after the dateline up to the last one the document-level pass reached); outside
 *     them only mentions of cross-document entities are marked
 */
public record EntityGoldDocument(
    String id, String topic, String text, List<GoldEntityMention> mentions, List<Span> annotated) {

  public EntityGoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    annotated = List.copyOf(annotated);
    for (GoldEntityMention mention : mentions) {
      requireArgument(
          mention.span().fits(text.length()) && mention.span().quote(text).equals(mention.text()),
          "document %s: gold mention %s span %s does not cover its text '%s'",
          id,
          mention.id(),
          mention.span(),
          mention.text());
    }
  }

  /** True if the span lies inside a region where every entity mention was annotated. */
  public boolean isAnnotated(Span span) {
    return annotated.stream().anyMatch(region -> region.contains(span));
  }
}
