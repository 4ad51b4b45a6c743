package org.annalist.eval.factuality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.annalist.eval.gold.TbaqSplit;

/**
 * The factuality task of {@code scripts/eval-events}: reads the gold of MEANTIME or
 * TimeBank/AQUAINT for a split, runs Annalist and prints the report.
 */
public final class FactualityEvaluation {
  private FactualityEvaluation() {}

  /** The gold corpora this task reads. */
  public enum Corpus {
    MEANTIME,
    TBAQ
  }

  /** Runs the task; returns the exit status (1 when gold is unreadable or Annalist failed somewhere). */
  public static int evaluate(
      Corpus corpus, TbaqSplit split, Path evalData, PrintStream out, PrintStream err) {
    FactualityCorpus gold;
    try {
      gold = switch (corpus) {
        case MEANTIME -> MeantimeFactuality.read(evalData, split);
        case TBAQ -> TbaqFactuality.read(evalData, split);
      };
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.println("eval data: " + evalData.toAbsolutePath().normalize());
    FactualityRun run = FactualityRun.of(gold, err);
    out.print(FactualityReport.of(run));
    return run.failures().isEmpty() ? 0 : 1;
  }
}
