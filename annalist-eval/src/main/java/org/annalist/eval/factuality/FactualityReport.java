package org.annalist.eval.factuality;

import java.util.Locale;
import java.util.Map;
import org.annalist.eval.score.Prf;

/** The report of a factuality run: the corpus, coverage, and one block per attribute. Scores in percent. */
public final class FactualityReport {
  private FactualityReport() {}

  private static final String VALUE_ROW = "  %-13s %6s %6s  %-20s%n";

  /** The whole report. */
  public static String of(FactualityRun run) {
    FactualityCorpus corpus = run.corpus();
    StringBuilder report = new StringBuilder();
    report.append(String.format(
        Locale.ROOT,
        "system: annalist (clean, time, annotate, events)%ncorpus: %s, split %s: %d documents;"
            + " system time %.1f s%n",
        corpus.name(),
        corpus.split(),
        corpus.documents().size(),
        run.millis() / 1000.0));
    corpus.notes().forEach(note -> report.append("note: ").append(note).append('\n'));
    Coverage coverage = run.coverage();
    report.append(String.format(
        Locale.ROOT,
        "coverage: Annalist has a mention on %d of %d gold mentions (%s%%); no mention for %d",
        coverage.matched(),
        coverage.gold(),
        percent(coverage.share()),
        coverage.gold() - coverage.matched()));
    StringBuilder byPos = new StringBuilder();
    for (Map.Entry<String, Integer> entry : coverage.goldByPosSorted().entrySet()) {
      byPos
          .append(byPos.isEmpty() ? "" : ", ")
          .append(entry.getKey())
          .append(' ')
          .append(coverage.matchedByPos().getOrDefault(entry.getKey(), 0))
          .append('/')
          .append(entry.getValue());
    }
    report.append(" (by gold part of speech: ").append(byPos).append(")\n");
    report.append("attributes are scored on the matched gold mentions only\n");
    for (AttributeScore score : run.scores().values()) {
      report.append(block(score));
    }
    return report.toString();
  }

  private static String block(AttributeScore score) {
    StringBuilder block = new StringBuilder();
    block.append(String.format(
        Locale.ROOT,
        "%n%s: %d scored%s; accuracy %s (majority %s: %s); macro F1 %s (majority %s)%n",
        score.attribute().label(),
        score.total(),
        score.underspecified() == 0
            ? ""
            : ", " + score.underspecified() + " underspecified in gold not scored",
        percent(score.accuracy()),
        score.majority(),
        percent(score.majorityAccuracy()),
        percent(score.macroF1()),
        percent(score.majorityMacroF1())));
    block.append(String.format(Locale.ROOT, VALUE_ROW, "value", "gold", "ours", "P/R/F1"));
    for (String value : score.values()) {
      block.append(String.format(
          Locale.ROOT,
          VALUE_ROW,
          value,
          score.gold(value),
          score.system(value),
          prf(score.score(value))));
    }
    return block.toString();
  }

  static String prf(Prf score) {
    return percent(score.precision()) + "/" + percent(score.recall()) + "/" + percent(score.f1());
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }
}
