package org.annalist.eval.events.anchoring;

import java.util.Locale;
import java.util.Map;

/** The anchoring report: the corpus, the reader's notes, one row per way of dating, and Annalist's calibration. */
final class AnchoringReport {
  private AnchoringReport() {}

  private static final String ROW = "%-45s %6s %6s %9s %10s %10s %8s %8s%n";

  static String of(AnchoringRun run) {
    StringBuilder report = new StringBuilder();
    AnchoringCorpus corpus = run.corpus();
    report.append(String.format(
        Locale.ROOT,
        "corpus: %s, split %s; %d documents, %d gold events with a date anchor;"
            + " the events stage found %d of them on the gold words; pipeline time %.1f s%n",
        corpus.name(),
        corpus.split(),
        corpus.documents().size(),
        corpus.anchors(),
        run.found(),
        run.millis() / 1000.0));
    corpus.notes().forEach(note -> report.append("note: ").append(note).append('\n'));
    report.append(header("dating"));
    run.rows().forEach((label, tally) -> row(report, label, tally));
    report.append("Annalist by basis:\n").append(header("basis"));
    run.byBasis().forEach((basis, tally) -> row(report, basis, tally));
    report
        .append("Annalist by confidence (calibration: mean confidence beside accuracy):\n")
        .append(header("confidence"));
    for (Map.Entry<Integer, AnchorTally> entry : run.byConfidence().entrySet()) {
      row(
          report,
          String.format(
              Locale.ROOT, "%.1f-%.1f", entry.getKey() / 10.0, (entry.getKey() + 1) / 10.0),
          entry.getValue());
    }
    report.append("contains = the dated interval contains the gold date (accuracy);"
        + " overlaps = it shares a day with it; undated = share of found events left undated;"
        + " days = median width of the dated intervals\n");
    return report.toString();
  }

  private static String header(String first) {
    return String.format(
        Locale.ROOT,
        ROW,
        first,
        "found",
        "dated",
        "undated%",
        "contains%",
        "overlaps%",
        "days",
        "conf");
  }

  private static void row(StringBuilder report, String label, AnchorTally tally) {
    report.append(String.format(
        Locale.ROOT,
        ROW,
        label,
        tally.found(),
        tally.dated(),
        percent(tally.undatedShare()),
        percent(tally.containsShare()),
        percent(tally.overlapsShare()),
        tally.medianDays(),
        String.format(Locale.ROOT, "%.2f", tally.meanConfidence())));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }
}
