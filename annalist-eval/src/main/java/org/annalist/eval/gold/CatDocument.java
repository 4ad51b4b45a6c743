package org.annalist.eval.gold;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a CAT (NewsReader, CROMER) XML file that scoring needs, as written in the file:
 * its tokens, its TIMEX3 markables, every other markable and every relation.
 *
 * @param id the {@code doc_id} of the {@code <Document>}, or its {@code doc_name} when it has no
 *     {@code doc_id} (the Event StoryLine Corpus writes only the name, e.g. {@code 1_10ecbplus.xml})
 * @param tokens the tokens in file order
 * @param timexes the TIMEX3 markables in file order, with or without token anchors
 * @param markables the other markables under {@code <Markables>} in file order (mentions with
 *     token anchors, instances without)
 * @param relations the relations under {@code <Relations>} in file order
 */
public record CatDocument(
    String id,
    List<Token> tokens,
    List<Timex> timexes,
    List<Markable> markables,
    List<Relation> relations) {

  public CatDocument {
    tokens = List.copyOf(tokens);
    timexes = List.copyOf(timexes);
    markables = List.copyOf(markables);
    relations = List.copyOf(relations);
  }

  /** A {@code <token t_id sentence number>}. */
  public record Token(int id, int sentence, int number, String text) {}

  /** A {@code <TIMEX3>} markable and the ids of the tokens it is anchored on (maybe none). */
  public record Timex(
      String markableId,
      @Nullable String type,
      @Nullable String value,
      @Nullable String function,
      List<Integer> tokenIds) {

    public Timex {
      tokenIds = List.copyOf(tokenIds);
    }

    boolean isCreationTime() {
      return "CREATION_TIME".equals(function);
    }
  }

  /**
   * Any other markable, e.g. {@code <ACTION_OCCURRENCE m_id="31">} with its token anchors, or an
   * instance such as {@code <EVENT m_id="200" instance_id="..."/>} without.
   *
   * @param tag the element name
   * @param id the {@code m_id}
   * @param attributes every attribute of the element, {@code m_id} included, trimmed (blank ones as empty strings)
   * @param tokenIds the ids of the anchored tokens in file order
   */
  public record Markable(
      String tag, String id, Map<String, String> attributes, List<Integer> tokenIds) {

    public Markable {
      attributes = Map.copyOf(attributes);
      tokenIds = List.copyOf(tokenIds);
    }

    /** The attribute's value, or null when the element has no such attribute or it is blank. */
    public @Nullable String attribute(String name) {
      String value = attributes.get(name);
      return value == null || value.isEmpty() ? null : value;
    }

    /** Whether the element carries the attribute at all, blank or not. */
    public boolean hasAttribute(String name) {
      return attributes.containsKey(name);
    }
  }

  /**
   * A relation, e.g. {@code <CROSS_DOC_COREF r_id note>} with its {@code <source m_id>} and
   * {@code <target m_id>} children.
   *
   * @param tag the element name
   * @param id the {@code r_id}
   * @param note the {@code note} attribute (ECB+ writes the cross-document instance id there), or null
   * @param sources the source markable ids in file order
   * @param targets the target markable ids in file order
   */
  public record Relation(
      String tag, String id, @Nullable String note, List<String> sources, List<String> targets) {

    public Relation {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }
}
