package org.annalist.eval.entities;

import java.util.List;
import java.util.function.BiPredicate;
import org.annalist.eval.score.Match;
import org.annalist.eval.score.SpanMatcher;
import org.annalist.model.Span;

/** How a system mention must lie on a gold mention to be paired with it, one to one. */
public enum SpanMatching {
  /** The same span. */
  STRICT("strict"),
  /** Overlapping spans with the same last token, the head of an English name or noun phrase. */
  HEAD("same head"),
  /** Overlapping spans, the largest overlap first. */
  OVERLAP("overlap");

  private final String label;

  SpanMatching(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The pairs; on a tie, a pair for which {@code agree} holds first. */
  List<Match> pair(List<Span> gold, List<Span> system, BiPredicate<Integer, Integer> agree) {
    return switch (this) {
      case STRICT -> SpanMatcher.strict(gold, system, agree);
      case HEAD -> SpanMatcher.sameEnd(gold, system, agree);
      case OVERLAP -> SpanMatcher.relaxed(gold, system, agree);
    };
  }
}
