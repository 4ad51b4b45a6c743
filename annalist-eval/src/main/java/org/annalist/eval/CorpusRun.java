package org.annalist.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.annalist.eval.gold.GoldCorpus;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.score.CorpusScore;
import org.annalist.eval.score.DocumentScore;
import org.annalist.eval.score.SystemTimex;
import org.annalist.eval.score.TimexScorer;
import org.annalist.time.AnchoringMode;

/**
 * One system run over one gold corpus.
 *
 * @param corpus the gold corpus
 * @param mode the anchoring mode the system was run in
 * @param score the scores
 * @param failedDocuments documents on which the system threw; they are scored as if it found nothing
 * @param millis the time the system took, in milliseconds
 */
public record CorpusRun(
    GoldCorpus corpus,
    AnchoringMode mode,
    CorpusScore score,
    List<String> failedDocuments,
    long millis) {

  public CorpusRun {
    failedDocuments = List.copyOf(failedDocuments);
  }

  /**
   * Tags every document with the system and scores it. A document on which the system throws
   * gets a one-line error on {@code err} and is scored with no system output; the run goes on.
   */
  public static CorpusRun of(
      GoldCorpus corpus, TimexSystem system, AnchoringMode mode, PrintStream err) {
    List<DocumentScore> scores = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    long started = System.nanoTime();
    for (GoldDocument document : corpus.documents()) {
      List<SystemTimex> output;
      try {
        output = system.tag(document.text(), document.creationDate(), mode);
      } catch (RuntimeException e) {
        err.println("error: " + corpus.name() + " " + document.id() + ": " + system.name()
            + " failed: " + e);
        failed.add(document.id());
        output = List.of();
      }
      scores.add(TimexScorer.score(document, output));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new CorpusRun(corpus, mode, new CorpusScore(corpus.name(), scores), failed, millis);
  }
}
