package org.annalist.eval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.model.Span;

/**
 * One-to-one pairing of gold and system expressions, as TempEval-3 defines it: each gold and
 * each system expression is in at most one pair.
 *
 * <ul>
 *   <li><b>strict</b>: the spans are identical;
 *   <li><b>relaxed</b>: the spans overlap. Pairs are taken greedily, largest overlap first; ties
 *       go to the tighter pair (smaller combined extent), then to the pair whose values agree,
 *       then to the earlier gold and system expression. So a system "1941" inside the gold
 *       "the winter of 1941" pairs with a nested gold "1941" if there is one, and the outer
 *       gold is left for a system expression that covers more of it.
 * </ul>
 */
public final class SpanMatcher {
  private SpanMatcher() {}

  private record Candidate(int gold, int system, int overlap, int extent, boolean agree) {}

  private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(
          Candidate::overlap)
      .reversed()
      .thenComparingInt(Candidate::extent)
      .thenComparing(Candidate::agree, Comparator.reverseOrder())
      .thenComparingInt(Candidate::gold)
      .thenComparingInt(Candidate::system);

  /** Pairs with identical spans; among several, the one whose values agree first. */
  public static List<Match> strict(List<GoldTimex> gold, List<SystemTimex> system) {
    return strict(
        spans(gold, GoldTimex::span), spans(system, SystemTimex::span), sameValue(gold, system));
  }

  /** Pairs with overlapping spans, largest overlap first. */
  public static List<Match> relaxed(List<GoldTimex> gold, List<SystemTimex> system) {
    return relaxed(
        spans(gold, GoldTimex::span), spans(system, SystemTimex::span), sameValue(gold, system));
  }

  /**
   * Pairs of identical spans of any kind of annotation; among several, a pair for which
   * {@code agree.test(gold, system)} holds first.
   */
  public static List<Match> strict(
      List<Span> gold, List<Span> system, BiPredicate<Integer, Integer> agree) {
    return greedy(candidates(gold, system, Span::equals, agree), gold.size(), system.size());
  }

  /** Pairs of overlapping spans of any kind of annotation, as {@link #relaxed(List, List)} takes them. */
  public static List<Match> relaxed(
      List<Span> gold, List<Span> system, BiPredicate<Integer, Integer> agree) {
    return greedy(candidates(gold, system, Span::overlaps, agree), gold.size(), system.size());
  }

  /**
   * Pairs of overlapping spans that end at the same offset, taken like {@link #relaxed(List, List,
   * BiPredicate)}. An English name or noun phrase ends in its head, so this pairs "the Air Force"
   * with "Air Force" and "the maker, Airbus" with "Airbus", but not "Airbus" with "Airbus A380".
   */
  public static List<Match> sameEnd(
      List<Span> gold, List<Span> system, BiPredicate<Integer, Integer> agree) {
    return greedy(
        candidates(gold, system, (g, s) -> g.overlaps(s) && g.end() == s.end(), agree),
        gold.size(),
        system.size());
  }

  /** Pairs with identical spans, for annotations that have no value. */
  public static List<Match> strictSpans(List<Span> gold, List<Span> system) {
    return strict(gold, system, (g, s) -> true);
  }

  /** Pairs with overlapping spans, largest overlap first, for annotations that have no value. */
  public static List<Match> relaxedSpans(List<Span> gold, List<Span> system) {
    return relaxed(gold, system, (g, s) -> true);
  }

  private static <T> List<Span> spans(List<T> annotations, Function<T, Span> span) {
    return annotations.stream().map(span).toList();
  }

  private static BiPredicate<Integer, Integer> sameValue(
      List<GoldTimex> gold, List<SystemTimex> system) {
    return (g, s) -> TimexValues.same(gold.get(g).value(), system.get(s).value());
  }

  private static List<Candidate> candidates(
      List<Span> gold,
      List<Span> system,
      BiPredicate<Span, Span> pairs,
      BiPredicate<Integer, Integer> agree) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Span goldSpan = gold.get(g);
      for (int s = 0; s < system.size(); s++) {
        Span systemSpan = system.get(s);
        if (pairs.test(goldSpan, systemSpan)) {
          int overlap = Math.min(goldSpan.end(), systemSpan.end())
              - Math.max(goldSpan.start(), systemSpan.start());
          int extent = Math.max(goldSpan.end(), systemSpan.end())
              - Math.min(goldSpan.start(), systemSpan.start());
          candidates.add(new Candidate(g, s, overlap, extent, agree.test(g, s)));
        }
      }
    }
    return candidates;
  }

  private static List<Match> greedy(List<Candidate> candidates, int goldSize, int systemSize) {
    boolean[] goldTaken = new boolean[goldSize];
    boolean[] systemTaken = new boolean[systemSize];
    List<Match> matches = new ArrayList<>();
    candidates.sort(BEST_FIRST);
    for (Candidate candidate : candidates) {
      if (!goldTaken[candidate.gold()] && !systemTaken[candidate.system()]) {
        goldTaken[candidate.gold()] = true;
        systemTaken[candidate.system()] = true;
        matches.add(new Match(candidate.gold(), candidate.system()));
      }
    }
    matches.sort(Comparator.comparingInt(Match::gold));
    return List.copyOf(matches);
  }
}
