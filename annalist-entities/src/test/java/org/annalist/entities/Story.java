package org.annalist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.EntityType;
import org.annalist.model.Span;

/**
 * Builds documents by hand, sentence by sentence, with mentions whose spans point into the
 * text that was built: {@code story.doc("d1").say("Chairman Mao met Stalin.", "Chairman Mao", "Stalin")}.
 * Names are PERSON unless given as {@code "ORGANIZATION:Name"}; {@code "UNTAGGED:Name"} is a run of
 * proper nouns the named-entity model did not tag.
 */
final class Story {
  private final List<NameMention> mentions = new ArrayList<>();
  private final List<UntaggedName> untagged = new ArrayList<>();
  private String document = "doc";
  private final StringBuilder text = new StringBuilder();

  Story doc(String documentId) {
    document = documentId;
    text.setLength(0);
    return this;
  }

  /** Adds a sentence; each name is found in it, left to right, and becomes a mention. */
  Story say(String sentence, String... names) {
    int base = text.length();
    text.append(sentence).append(' ');
    int from = 0;
    for (String spec : names) {
      int colon = spec.indexOf(':');
      String type = colon > 0
              && spec.substring(0, colon).equals(spec.substring(0, colon).toUpperCase(Locale.ROOT))
          ? spec.substring(0, colon)
          : "PERSON";
      String name = type.equals("PERSON") && colon <= 0 ? spec : spec.substring(colon + 1);
      int at = sentence.indexOf(name, from);
      if (at < 0) {
        throw new IllegalArgumentException(
            "'" + name + "' is not in '" + sentence + "' after " + from);
      }
      Span span = Span.of(base + at, base + at + name.length());
      if (type.equals("UNTAGGED")) {
        untagged.add(new UntaggedName(document, span, name, sentence));
      } else {
        mentions.add(new NameMention(document, span, name, EntityType.valueOf(type), sentence));
      }
      from = at + name.length();
    }
    return this;
  }

  /** Says the same kind of sentence {@code times} times, numbering each so they differ. */
  Story repeat(int times, String template, String... names) {
    for (int i = 0; i < times; i++) {
      say(template.replace("#", Integer.toString(i + 1)), names);
    }
    return this;
  }

  List<NameMention> mentions() {
    return List.copyOf(mentions);
  }

  List<UntaggedName> untagged() {
    return List.copyOf(untagged);
  }

  static List<Entity> resolve(Story story) {
    return new EntityResolver().resolve(story.mentions(), story.untagged());
  }

  static Entity entityOf(List<Entity> entities, String alias) {
    return entities.stream()
        .filter(e -> e.aliases().contains(alias))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no entity has alias '" + alias + "' in " + entities));
  }
}
