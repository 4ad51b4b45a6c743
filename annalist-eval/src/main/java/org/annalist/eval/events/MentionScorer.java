package org.annalist.eval.events;

import java.util.List;
import org.annalist.eval.score.SpanMatcher;
import org.annalist.model.Span;

/**
 * Scores system event mentions against the gold mentions of one document. Only the annotated
 * sentences count: gold mentions elsewhere are not scored, and system mentions that touch no
 * annotated sentence are ignored. Pairs are one to one, found by {@link SpanMatcher}: strict
 * pairs have identical spans, overlap pairs share at least one character (largest overlap first,
 * then the tighter pair).
 */
public final class MentionScorer {
  private MentionScorer() {}

  public static MentionCounts score(GoldEventDocument document, List<SystemEventMention> output) {
    List<Span> gold =
        document.scoredMentions().stream().map(GoldEventMention::span).toList();
    List<Span> system = output.stream()
        .map(SystemEventMention::span)
        .filter(document::isAnnotated)
        .toList();
    return new MentionCounts(
        gold.size(),
        system.size(),
        output.size() - system.size(),
        SpanMatcher.strictSpans(gold, system).size(),
        SpanMatcher.relaxedSpans(gold, system).size());
  }
}
