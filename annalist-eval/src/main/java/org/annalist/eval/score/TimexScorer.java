package org.annalist.eval.score;

import static org.annalist.model.Checks.requireArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;

/**
 * Scores one document's system expressions against its gold ones (TempEval-3, UzZaman et al.
 * 2013): strict and relaxed extraction from {@link SpanMatcher}; value over relaxed matches and
 * over strict matches, and, as a diagnostic, over relaxed matches with clock times cut to their day (a true positive needs the match and the same value, so precision divides
 * by all system and recall by all gold expressions); type accuracy over relaxed matches whose
 * gold is typed. System expressions in the document's unscored regions are left out first.
 */
public final class TimexScorer {
  private TimexScorer() {}

  public static DocumentScore score(GoldDocument document, List<SystemTimex> output) {
    List<SystemTimex> system = new ArrayList<>();
    for (SystemTimex timex : output) {
      requireArgument(
          timex.span().fits(document.text().length()),
          "document %s: system span %s does not fit the text (length %s)",
          document.id(),
          timex.span(),
          document.text().length());
      if (!document.isUnscored(timex.span())) {
        system.add(timex);
      }
    }
    List<GoldTimex> gold = document.timexes();
    List<Match> strict = SpanMatcher.strict(gold, system);
    List<Match> relaxed = SpanMatcher.relaxed(gold, system);
    TimexCounts counts = new TimexCounts(
        gold.size(),
        system.size(),
        output.size() - system.size(),
        strict.size(),
        relaxed.size(),
        sameValues(relaxed, gold, system),
        sameValues(strict, gold, system),
        sameDays(relaxed, gold, system),
        (int) relaxed.stream().filter(m -> gold.get(m.gold()).type() != null).count(),
        sameTypes(relaxed, gold, system));
    return new DocumentScore(
        document.id(),
        counts,
        valueErrors(document, relaxed, system),
        missed(gold, relaxed),
        spurious(document, system, relaxed));
  }

  private static int sameValues(
      List<Match> matches, List<GoldTimex> gold, List<SystemTimex> system) {
    return (int) matches.stream()
        .filter(m ->
            TimexValues.same(gold.get(m.gold()).value(), system.get(m.system()).value()))
        .count();
  }

  private static int sameDays(List<Match> matches, List<GoldTimex> gold, List<SystemTimex> system) {
    return (int) matches.stream()
        .filter(m -> TimexValues.sameDay(
            gold.get(m.gold()).value(), system.get(m.system()).value()))
        .count();
  }

  private static int sameTypes(
      List<Match> matches, List<GoldTimex> gold, List<SystemTimex> system) {
    return (int) matches.stream()
        .filter(m -> gold.get(m.gold()).type() != null)
        .filter(m ->
            TimexValues.same(gold.get(m.gold()).type(), system.get(m.system()).type()))
        .count();
  }

  private static List<ValueError> valueErrors(
      GoldDocument document, List<Match> relaxed, List<SystemTimex> system) {
    List<ValueError> errors = new ArrayList<>();
    for (Match match : relaxed) {
      GoldTimex gold = document.timexes().get(match.gold());
      SystemTimex found = system.get(match.system());
      if (!TimexValues.same(gold.value(), found.value())) {
        errors.add(new ValueError(
            document.id(),
            gold.text(),
            TimexValues.shown(gold.value()),
            found.span().quote(document.text()),
            TimexValues.shown(found.value())));
      }
    }
    return errors;
  }

  private static List<String> missed(List<GoldTimex> gold, List<Match> relaxed) {
    Set<Integer> matched = new HashSet<>();
    relaxed.forEach(match -> matched.add(match.gold()));
    List<String> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!matched.contains(g)) {
        missed.add(gold.get(g).text());
      }
    }
    return missed;
  }

  private static List<String> spurious(
      GoldDocument document, List<SystemTimex> system, List<Match> relaxed) {
    Set<Integer> matched = new HashSet<>();
    relaxed.forEach(match -> matched.add(match.system()));
    List<String> spurious = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (!matched.contains(s)) {
        spurious.add(system.get(s).span().quote(document.text()));
      }
    }
    return spurious;
  }
}
