package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

/**
 * A token's basic Universal Dependencies relation to its head, the value of
 * {@link AnnotateLayers#DEPENDENCY}.
 *
 * @param relation the relation, e.g. {@code nsubj} or {@code obl:tmod}; {@code root} for the root
 * @param head the start offset of the head token in the document's text, or -1 for the root of a
 *     sentence
 */
public record Dependency(String relation, int head) {
  /** The root of a sentence, which has no head. */
  public static final Dependency ROOT = new Dependency("root", -1);

  public Dependency {
    requireArgument(
        !relation.isEmpty() && relation.indexOf(' ') < 0,
        "relation must be one word, was '%s'",
        relation);
    requireArgument(
        head >= 0 || head == -1 && relation.equals("root"),
        "head must be an offset >= 0, or -1 for the root, was %s (relation %s)",
        head,
        relation);
  }

  public boolean isRoot() {
    return head < 0;
  }
}
