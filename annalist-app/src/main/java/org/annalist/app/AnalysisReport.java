package org.annalist.app;

import java.time.Duration;
import java.util.List;
import org.annalist.store.RunSummary;

/** The result of one run: counts, the failures in path order, and the wall time. */
public record AnalysisReport(String runId, RunSummary summary, List<FileOutcome> failures, Duration elapsed) {
  public AnalysisReport {
    failures = List.copyOf(failures);
  }
}
