package org.annalist.app;

/** Hears of a run's progress; called from worker threads, so implementations must be thread-safe. */
public interface AnalysisListener {
  AnalysisListener NONE = new AnalysisListener() {};

  /** The files are found; this many will be processed. */
  default void filesFound(int count) {}

  /** One file is done. */
  default void fileDone(FileOutcome outcome) {}

  /** All files are done; the search index is being brought up to date. */
  default void indexing() {}
}
