package org.annalist.eval.events.anchoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.annalist.eval.events.EventArguments.Corpus;

/**
 * The anchoring task of {@code scripts/eval-events}: reads a corpus split, runs Annalist over it
 * and prints the report ({@link AnchoringReport}).
 */
public final class AnchoringEvaluation {
  private AnchoringEvaluation() {}

  /**
   * Evaluates one split ({@code dev}, {@code test} or {@code all}) of one corpus; returns the exit
   * status: 0 when every document was analysed, 1 when the gold could not be read or the pipeline
   * failed on some document. The corpus must be one of the task's: tbaq, meantime or timeline.
   */
  public static int evaluate(
      Corpus corpus, String split, Path evalData, PrintStream out, PrintStream err) {
    AnchoringCorpus gold;
    try {
      gold = switch (corpus) {
        case TBAQ -> TimeMlAnchors.read(evalData, split);
        case MEANTIME -> MeantimeAnchors.read(evalData, split);
        case TIMELINE -> TimelineAnchors.read(evalData, split);
        default -> throw new IllegalArgumentException("no event anchors in " + corpus);
      };
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    AnchoringRun run = AnchoringRun.of(gold, err);
    out.print(AnchoringReport.of(run));
    return run.failures().isEmpty() ? 0 : 1;
  }
}
