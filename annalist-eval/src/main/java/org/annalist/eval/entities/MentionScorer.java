package org.annalist.eval.entities;

import java.util.List;
import org.annalist.eval.gold.EntityGoldDocument;
import org.annalist.eval.gold.GoldEntityMention;
import org.annalist.eval.score.Match;
import org.annalist.model.Span;

/**
 * Scores the system's mentions against a document's gold mentions inside the regions where every
 * mention was annotated ({@link EntityGoldDocument#annotated()}).
 *
 * <p>System and gold mentions are paired one to one as {@link SpanMatching} says, a pair of
 * matching types preferred on a tie. Pairing is done against all gold mentions, then the {@link MentionView}
 * decides what counts, so that a system name is never paired with a gold mention the view
 * leaves out and then also counted as spurious.
 */
public final class MentionScorer {
  private MentionScorer() {}

  public static MentionCounts score(
      EntityGoldDocument document,
      List<SystemMention> system,
      MentionView view,
      SpanMatching matching) {
    List<GoldEntityMention> gold =
        document.mentions().stream().filter(m -> document.isAnnotated(m.span())).toList();
    List<SystemMention> found =
        system.stream().filter(m -> document.isAnnotated(m.span())).toList();
    List<Span> goldSpans = gold.stream().map(GoldEntityMention::span).toList();
    List<Span> systemSpans = found.stream().map(SystemMention::span).toList();
    List<Match> matches = matching.pair(
        goldSpans, systemSpans, (g, s) -> MentionView.TYPED.correct(gold.get(g), found.get(s)));
    int correct = 0;
    int ignored = 0;
    for (Match match : matches) {
      GoldEntityMention g = gold.get(match.gold());
      SystemMention s = found.get(match.system());
      if (!view.counts(g)) {
        ignored += view.counts(s) ? 1 : 0;
      } else if (view.counts(s) && view.correct(g, s)) {
        correct++;
      }
    }
    int systemCount = (int) found.stream().filter(view::counts).count() - ignored;
    int goldCount = (int) gold.stream().filter(view::counts).count();
    return new MentionCounts(correct, systemCount, goldCount);
  }
}
