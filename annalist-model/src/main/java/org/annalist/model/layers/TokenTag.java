package org.annalist.model.layers;

import static org.annalist.model.Checks.requireArgument;

/**
 * A token's part of speech and lemma, the value of {@link AnnotateLayers#TOKEN}.
 *
 * @param pos the Penn Treebank tag, e.g. {@code VBD}; {@code X} for a token of a sentence too
 *     long to tag
 * @param lemma the lemma, e.g. {@code send}; never with a space (see {@link #of}), may be empty
 */
public record TokenTag(String pos, String lemma) {

  public TokenTag {
    requireArgument(
        !pos.isEmpty() && pos.indexOf(' ') < 0, "part of speech must be one word, was '%s'", pos);
    requireArgument(
        lemma.indexOf(' ') < 0,
        "lemma must have no space (a tagger's lemma is written with underscores), was '%s'",
        lemma);
  }

  /** A token's tag and lemma as a tagger gives them; spaces in the lemma become underscores. */
  public static TokenTag of(String pos, String lemma) {
    return new TokenTag(pos, lemma.replace(' ', '_'));
  }
}
