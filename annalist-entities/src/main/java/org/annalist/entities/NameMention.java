package org.annalist.entities;

import static org.annalist.model.Checks.requireArgument;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.model.Span;
import org.annalist.model.layers.MentionType;

/**
 * One named-entity mention as the annotate stage found it.
 *
 * @param documentId the document the mention is in
 * @param span where the mention is in that document's text
 * @param text the mention's text exactly as it stands in the document
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param sentence the sentence around the mention, used as context; may be empty
 */
public record NameMention(String documentId, Span span, String text, String type, String sentence) {

  /** The named-entity types a mention may have: the names of the {@link MentionType}s. */
  public static final Set<String> TYPES =
      Arrays.stream(MentionType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  /** A total order, so that results never depend on the order mentions arrive in. */
  static final Comparator<NameMention> ORDER = Comparator.comparing(NameMention::documentId)
      .thenComparing(NameMention::span)
      .thenComparing(NameMention::text)
      .thenComparing(NameMention::type)
      .thenComparing(NameMention::sentence);

  public NameMention {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sentence, "sentence");
    requireArgument(TYPES.contains(type), "mention type must be one of %s, was '%s' for '%s' in %s",
        TYPES, type, text, documentId);
  }

  boolean isPerson() {
    return type.equals("PERSON");
  }
}
