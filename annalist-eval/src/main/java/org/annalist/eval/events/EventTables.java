package org.annalist.eval.events;

import java.util.List;
import java.util.Locale;
import org.annalist.eval.events.coref.CorefScore;
import org.annalist.eval.score.Prf;

/** The reports of {@link EventEvaluation}: a header, the reader's notes, and one table. Scores in percent. */
public final class EventTables {
  private EventTables() {}

  private static final String COREF_ROW = "%-41s %8s %5s %5s  %-16s  %-16s  %-16s  %8s  %14s%n";
  private static final String MENTION_ROW = "%-9s %5s %5s %7s %8s  %-16s  %-16s%n";

  /** The coreference report: one row per way of scoring. */
  public static String coref(CorefRun run, String mentionKinds) {
    StringBuilder report = header(run.system(), run.corpus());
    int sets = run.corpus().groups(run.grouping()).size();
    String setName = run.grouping().name().toLowerCase(Locale.ROOT);
    report.append(String.format(
        Locale.ROOT,
        "mentions: %s (gold); the system is given one %s at a time (%d sets),"
            + " twice: all mentions, and gold singletons left out; system time %.1f s%n",
        mentionKinds,
        setName,
        sets,
        run.millis() / 1000.0));
    report.append("gold: ").append(ClusterCounts.of(run.corpus().mentions())).append('\n');
    report.append(String.format(
        Locale.ROOT,
        COREF_ROW,
        "scoring",
        "mentions",
        "key",
        "resp.",
        "MUC P/R/F1",
        "B3 P/R/F1",
        "CEAF-e P/R/F1",
        "CoNLL F1",
        "macro CoNLL F1"));
    for (CorefRow row : run.rows()) {
      CorefScore score = row.pooled();
      report.append(String.format(
          Locale.ROOT,
          COREF_ROW,
          row.label(),
          row.mentions(),
          row.keyClusters(),
          row.responseClusters(),
          prf(score.muc()),
          prf(score.bCubed()),
          prf(score.ceafE()),
          percent(score.conllF1()),
          percent(row.macroConllF1()) + " (" + row.sets() + ")"));
    }
    report
        .append("CoNLL F1 = mean of the MUC, B3 and CEAF-e F1, with every ")
        .append(setName)
        .append(" in one key and one response; macro = mean of the CoNLL F1 of each ")
        .append(setName)
        .append(" scored alone (how many in brackets)\n");
    return report.toString();
  }

  /** The mention detection report: gold statistics and one row of scores. */
  public static String mentions(MentionRun run) {
    StringBuilder report = header(run.system(), run.corpus());
    List<Integer> lengths = run.corpus().documents().stream()
        .flatMap(document -> document.scoredMentions().stream()
            .map(mention -> document.text().tokensIn(mention.span()).size()))
        .toList();
    long sentences = run.corpus().documents().stream()
        .mapToLong(document -> document.annotated().size())
        .sum();
    report.append(String.format(
        Locale.ROOT,
        "gold: %d mentions in %d annotated sentences; %s of one token,"
            + " %.2f tokens on average, longest %d; system time %.1f s%n",
        lengths.size(),
        sentences,
        percent(lengths.stream().filter(length -> length == 1).count()
                / (double) Math.max(1, lengths.size()))
            + "%",
        lengths.stream().mapToInt(Integer::intValue).average().orElse(0),
        lengths.stream().mapToInt(Integer::intValue).max().orElse(0),
        run.millis() / 1000.0));
    MentionCounts total = run.total();
    report.append(String.format(
        Locale.ROOT,
        MENTION_ROW,
        "corpus",
        "docs",
        "gold",
        "system",
        "ignored",
        "strict P/R/F1",
        "overlap P/R/F1"));
    report.append(String.format(
        Locale.ROOT,
        MENTION_ROW,
        run.corpus().name(),
        run.corpus().documents().size(),
        total.gold(),
        total.system(),
        total.ignored(),
        prf(total.strictScore()),
        prf(total.overlapScore())));
    report.append("ignored = system mentions outside the annotated sentences, not scored\n");
    return report.toString();
  }

  private static StringBuilder header(String system, EventCorpus corpus) {
    StringBuilder header = new StringBuilder();
    long topics =
        corpus.documents().stream().map(GoldEventDocument::topic).distinct().count();
    header.append(String.format(
        Locale.ROOT,
        "system: %s%ncorpus: %s, split %s: %d documents in %d topics%n",
        system,
        corpus.name(),
        corpus.split(),
        corpus.documents().size(),
        topics));
    corpus.notes().forEach(note -> header.append("note: ").append(note).append('\n'));
    return header;
  }

  static String prf(Prf score) {
    return percent(score.precision()) + "/" + percent(score.recall()) + "/" + percent(score.f1());
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f", 100 * share);
  }
}
