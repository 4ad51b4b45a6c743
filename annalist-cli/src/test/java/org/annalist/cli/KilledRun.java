package org.annalist.cli;

import java.util.List;

/**
 * One run of {@code annalist analyze} the crash harness killed (or that finished first), and
 * what it left.
 *
 * @param plan when it was meant to be killed
 * @param phase what the run was doing when it died, read from the store it left
 * @param exitCode the exit code if it finished before the kill, else -9
 * @param problems what the store's integrity check found afterwards (SQLite and Lucene)
 * @param output what the run printed, if it failed; else empty
 */
record KilledRun(KillPlan plan, String phase, int exitCode, List<String> problems, String output) {
  static final int KILLED = -9;

  KilledRun {
    problems = List.copyOf(problems);
  }

  /** What the store it left shows the run was doing. */
  static String phase(StoreProbe before, StoreProbe after, int total, boolean finishedFirst) {
    if (finishedFirst) {
      return "finished before the kill";
    }
    if (after.finishedRuns() > before.finishedRuns()) {
      return "run recorded finished: rebuilding the search index";
    }
    if (after.documents() >= total) {
      return after.linkingPending()
          ? "documents saved, linking pending: entity linking or timeline"
          : "linked, run not yet recorded finished";
    }
    return after.documents() > before.documents()
        ? "between document saves"
        : "start-up, ingest or annotation: nothing saved by this run";
  }

  /** Whether the run did what a run may do: killed, or finished with exit code 0. */
  boolean endedWell() {
    return exitCode == KILLED || exitCode == 0;
  }
}
