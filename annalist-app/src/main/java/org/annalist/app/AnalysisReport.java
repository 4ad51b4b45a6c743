package org.annalist.app;

import java.time.Duration;
import java.util.List;
import org.annalist.store.RunSummary;
import org.jspecify.annotations.Nullable;

/**
 * The result of one run: counts, the failures in path order, the wall time, and what the
 * corpus-level steps did (null when nothing changed and they did not run).
 */
public record AnalysisReport(
    String runId,
    RunSummary summary,
    List<FileOutcome> failures,
    Duration elapsed,
    @Nullable CorpusSteps corpusSteps) {
  public AnalysisReport {
    failures = List.copyOf(failures);
  }

  /**
   * The corpus-level steps of a run.
   *
   * @param entities how many entities the entity step stored
   * @param tokens how many tokens of stored documents it read
   * @param entityTime how long it took
   * @param events how many events the timeline step stored
   * @param timelineTime how long it took
   */
  public record CorpusSteps(
      int entities, int tokens, Duration entityTime, int events, Duration timelineTime) {}
}
