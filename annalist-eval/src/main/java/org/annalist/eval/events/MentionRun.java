package org.annalist.eval.events;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;

/**
 * One mention detection system run over a corpus. A document on which the system throws, or
 * returns a span outside the text, is reported on {@code err} and scored as if the system found
 * nothing there; the run goes on.
 *
 * @param corpus the gold corpus
 * @param system the system's name
 * @param total the counts summed over documents
 * @param failures one line per failed document
 * @param millis the time the system took, in milliseconds
 */
public record MentionRun(
    EventCorpus corpus, String system, MentionCounts total, List<String> failures, long millis) {

  public MentionRun {
    failures = List.copyOf(failures);
  }

  public static MentionRun of(EventCorpus corpus, EventMentionSystem system, PrintStream err) {
    MentionCounts total = MentionCounts.ZERO;
    List<String> failures = new ArrayList<>();
    long nanos = 0;
    for (GoldEventDocument document : corpus.documents()) {
      List<SystemEventMention> output;
      long started = System.nanoTime();
      try {
        output = system.find(document.text());
        int length = document.text().text().length();
        Span outside = output.stream()
            .map(SystemEventMention::span)
            .filter(span -> !span.fits(length))
            .findFirst()
            .orElse(null);
        if (outside != null) {
          throw new IllegalStateException(
              "span " + outside + " outside the text (length " + length + ")");
        }
      } catch (RuntimeException e) {
        String failure =
            corpus.name() + " " + document.id() + ": " + system.name() + " failed: " + e;
        err.println("error: " + failure);
        failures.add(failure);
        output = List.of();
      }
      nanos += System.nanoTime() - started;
      total = total.plus(MentionScorer.score(document, output));
    }
    return new MentionRun(corpus, system.name(), total, failures, nanos / 1_000_000);
  }
}
