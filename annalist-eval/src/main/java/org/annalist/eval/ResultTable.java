package org.annalist.eval;

import java.util.List;
import java.util.Locale;
import org.annalist.eval.score.Prf;
import org.annalist.eval.score.TimexCounts;

/**
 * The compact table of results: one row per corpus, scores in percent. The last column, value F1
 * with clock times compared by their day ({@link TimexCounts#dayValueScore}), is a diagnostic,
 * not a TempEval-3 score.
 */
public final class ResultTable {
  private ResultTable() {}

  private static final String ROW = "%-9s %-9s %4s %5s %6s  %-18s  %-18s  %8s  %15s  %8s  %12s%n";

  public static String format(List<CorpusRun> runs) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(
        Locale.ROOT,
        ROW,
        "corpus",
        "mode",
        "docs",
        "gold",
        "system",
        "strict P/R/F1",
        "relaxed P/R/F1",
        "value F1",
        "strict+value F1",
        "type acc",
        "day value F1"));
    for (CorpusRun run : runs) {
      TimexCounts total = run.score().total();
      table.append(String.format(
          Locale.ROOT,
          ROW,
          run.corpus().name(),
          run.mode().name().toLowerCase(Locale.ROOT),
          run.corpus().documents().size(),
          total.gold(),
          total.system(),
          prf(total.strictScore()),
          prf(total.relaxedScore()),
          percent(total.valueScore().f1()),
          percent(total.strictValueScore().f1()),
          total.typeAccuracy().isPresent() ? percent(total.typeAccuracy().getAsDouble()) : "-",
          percent(total.dayValueScore().f1())));
    }
    return table.toString();
  }

  static String prf(Prf score) {
    return percent(score.precision()) + "/" + percent(score.recall()) + "/" + percent(score.f1());
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }
}
