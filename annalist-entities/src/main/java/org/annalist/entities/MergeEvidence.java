package org.annalist.entities;

import java.util.Comparator;
import java.util.Objects;

/**
 * Why two names were put in one entity. Each merge can be undone by the user later, so it is
 * explicit: which name was taken for which, by which rule, how strongly, and why in words.
 *
 * @param alias the name that was folded in (a surface form or a normalized name)
 * @param canonical the name it was folded into
 * @param rule the rule that decided: {@code normalized}, {@code case}, {@code type},
 *     {@code short-form}, {@code prefix}, {@code romanization}, {@code abbreviation},
 *     {@code numbered-name}, {@code spelling+context}, or {@code untagged-name} (a run of proper
 *     nouns the named-entity model missed, taken for the name it is tied to)
 * @param score how strongly the rule held, in {@code [0, 1]}
 * @param explanation one sentence a user can read
 */
public record MergeEvidence(
    String alias, String canonical, String rule, double score, String explanation) {

  /** The rule of a machine-translation garbling: a rare name close in spelling and context to a frequent one. */
  public static final String GARBLED_SPELLING = "spelling+context";

  static final Comparator<MergeEvidence> ORDER = Comparator.comparing(MergeEvidence::rule)
      .thenComparing(MergeEvidence::alias)
      .thenComparing(MergeEvidence::canonical)
      .thenComparing(MergeEvidence::explanation);

  public MergeEvidence {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanation, "explanation");
  }
}
