package org.annalist.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.annalist.eval.score.DocumentScore;
import org.annalist.eval.score.ErrorBreakdown;
import org.annalist.eval.score.Prf;
import org.annalist.eval.score.TimexCounts;

/**
 * What {@code --verbose} adds for one corpus: the reader's notes, one row per document, and the
 * most frequent value errors, missed and spurious expressions; only the notes for a corpus whose
 * errors are not to be seen ({@link CorpusChoice#errorsShown()}).
 */
public final class VerboseReport {
  private VerboseReport() {}

  /** How many value-error pairs are listed. */
  public static final int VALUE_ERRORS = 30;
  /** How many missed and spurious texts are listed. */
  public static final int TEXTS = 20;

  private static final String ROW = "  %-26s %5s %6s %7s %8s %8s %7s %8s%n";

  public static void print(CorpusRun run, boolean errorsShown, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "== %s (%s mode, %d ms)%n",
        run.corpus().name(),
        run.mode().name().toLowerCase(Locale.ROOT),
        run.millis());
    run.corpus().notes().forEach(note -> out.println("  note: " + note));
    if (!errorsShown) {
      out.println("  (untouched test set: per-document rows and errors are not shown)");
      out.println();
      return;
    }
    out.printf(
        Locale.ROOT,
        ROW,
        "document",
        "gold",
        "system",
        "ignored",
        "strictF1",
        "relaxF1",
        "valueF1",
        "s+v F1");
    for (DocumentScore document : run.score().documents()) {
      TimexCounts c = document.counts();
      out.printf(
          Locale.ROOT,
          ROW,
          document.documentId(),
          c.gold(),
          c.system(),
          c.unscoredSystem(),
          f1(c, c.strictScore()),
          f1(c, c.relaxedScore()),
          f1(c, c.valueScore()),
          f1(c, c.strictValueScore()));
    }
    printGroups(
        out,
        "value errors (gold -> system), top " + VALUE_ERRORS + " of "
            + run.score().valueErrors().size(),
        ErrorBreakdown.valuePairs(run.score().valueErrors(), VALUE_ERRORS));
    printGroups(
        out,
        "missed gold, top " + TEXTS + " of " + run.score().missed().size(),
        ErrorBreakdown.texts(run.score().missed(), TEXTS));
    printGroups(
        out,
        "spurious system, top " + TEXTS + " of " + run.score().spurious().size(),
        ErrorBreakdown.texts(run.score().spurious(), TEXTS));
    out.println();
  }

  /** The F1 in percent, or "-" for a document with neither gold nor system expressions. */
  private static String f1(TimexCounts counts, Prf score) {
    return counts.gold() == 0 && counts.system() == 0 ? "-" : ResultTable.percent(score.f1());
  }

  private static void printGroups(
      PrintStream out, String title, List<ErrorBreakdown.Group> groups) {
    out.println("  -- " + title);
    for (ErrorBreakdown.Group group : groups) {
      out.printf(
          Locale.ROOT,
          "  %5d  %s%s%n",
          group.count(),
          group.key(),
          group.examples().isEmpty() ? "" : "   e.g. " + String.join("; ", group.examples()));
    }
  }
}
