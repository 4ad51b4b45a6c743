package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.EntityType;
import org.annalist.model.LayerKey;

/**
 * The layers the annotate stage (CoreNLP) writes and the events stage, entity resolution and the
 * search index read, with their stored formats.
 */
public final class AnnotateLayers {
  private static final Pattern INDEX = Pattern.compile("\\d+");
  private static final Pattern RELATION_AND_HEAD = Pattern.compile("([^ ]+) (\\d+)");

  private AnnotateLayers() {}

  /** Sentences; value the sentence's index in the document, from 0, stored in decimal: {@code 12}. */
  public static final LayerKey<Integer> SENTENCE =
      LayerKey.of("annotate.sentence", AnnotateLayers::encodeIndex, AnnotateLayers::decodeIndex);

  /** Tokens; value their part of speech and lemma, stored {@code POS LEMMA}: {@code VBD send}. */
  public static final LayerKey<TokenTag> TOKEN = LayerKey.of(
      "annotate.token", tag -> tag.pos() + " " + tag.lemma(), AnnotateLayers::decodeToken);

  /**
   * Basic Universal Dependencies, one per parsed token; value the relation to the head, stored
   * {@code RELATION HEAD-OFFSET} ({@code nsubj 1042}, the head token's start offset) or {@code root}.
   */
  public static final LayerKey<Dependency> DEPENDENCY = LayerKey.of(
      "annotate.dependency", AnnotateLayers::encodeDependency, AnnotateLayers::decodeDependency);

  /** Named-entity mentions (names only, never pronouns); value the type, stored by name: {@code PERSON}. */
  public static final LayerKey<EntityType> MENTION =
      LayerKey.of("annotate.mention", EntityType::name, EntityType::valueOf);

  private static String encodeIndex(int index) {
    requireArgument(index >= 0, "a sentence index is >= 0, was %s", index);
    return Integer.toString(index);
  }

  private static Integer decodeIndex(String stored) {
    requireArgument(INDEX.matcher(stored).matches(), "expected a sentence index such as 12");
    return Integer.valueOf(stored);
  }

  private static TokenTag decodeToken(String stored) {
    int space = stored.indexOf(' ');
    requireArgument(space > 0, "expected 'POS LEMMA' such as 'VBD send'");
    return new TokenTag(stored.substring(0, space), stored.substring(space + 1));
  }

  private static String encodeDependency(Dependency dependency) {
    return dependency.isRoot()
        ? Dependency.ROOT.relation()
        : dependency.relation() + " " + dependency.head();
  }

  private static Dependency decodeDependency(String stored) {
    if (stored.equals(Dependency.ROOT.relation())) {
      return Dependency.ROOT;
    }
    Matcher parts = RELATION_AND_HEAD.matcher(stored);
    requireArgument(
        parts.matches(), "expected 'RELATION HEAD-OFFSET' such as 'nsubj 1042', or 'root'");
    return new Dependency(parts.group(1), Integer.parseInt(parts.group(2)));
  }
}
