package org.annalist.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.EntityType;

/**
 * One name after rule 2: all mentions of one type group whose normalized names are equal ignoring
 * case. The unit the later rules merge.
 *
 * @param group the coarse type
 * @param key the matching key (lower-case normalized name)
 * @param display the normalized name as most often written
 * @param type the majority NER type among the mentions
 * @param titleOnly true if the mentions are titles only ("the Chairman"), which no rule merges
 * @param mentions the mentions, in {@link NameMention#ORDER}
 * @param typeCounts how often each NER type was given
 * @param evidence how surface forms were folded into {@code display}
 */
record NameForm(
    TypeGroup group,
    String key,
    String display,
    EntityType type,
    boolean titleOnly,
    List<NameMention> mentions,
    Map<EntityType, Integer> typeCounts,
    List<MergeEvidence> evidence) {

  static final Comparator<NameForm> ORDER = Comparator.comparing(NameForm::group)
      .thenComparing(NameForm::key)
      .thenComparing(NameForm::titleOnly);

  NameForm {
    mentions = List.copyOf(mentions);
    typeCounts = Map.copyOf(typeCounts);
    evidence = List.copyOf(evidence);
  }

  /** Whether this form is spelled as the name (case ignored), by its display name or any of its mentions. */
  boolean spells(String name) {
    return display.equalsIgnoreCase(name)
        || mentions.stream().anyMatch(m -> m.text().equalsIgnoreCase(name));
  }

  int count() {
    return mentions.size();
  }

  List<String> tokens() {
    return List.of(display.split(" "));
  }

  /** The words of the display name in lower case, as the rules compare them. */
  List<String> lowerTokens() {
    return tokens().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  long documentCount() {
    return mentions.stream().map(NameMention::documentId).distinct().count();
  }

  Set<String> documents() {
    return Set.copyOf(mentions.stream().map(NameMention::documentId).toList());
  }

  /** True if merging rules may look at this form (not a title alone, has letters). */
  boolean mergeable() {
    return !titleOnly && display.codePoints().anyMatch(Character::isLetter);
  }
}
