package org.annalist.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.annalist.pipeline.RunContext;
import org.annalist.store.AnnalistStore;
import org.annalist.store.RunSummary;
import org.annalist.timeline.TimelineTasks;

/**
 * One run as the store records it, wherever its documents were analyzed: started when made, each
 * file's analysis saved (one transaction per document) or its failure recorded as it comes, and
 * finished by forgetting files that are gone, linking the corpus when anything changed, and
 * bringing the search index up to date. Thread-safe.
 */
public final class StoreRun {
  private final AnnalistStore store;
  private final String pipeline;
  private final TimelineTasks tasks;
  private final RunContext context;
  private final long started;

  private StoreRun(AnnalistStore store, String pipeline, TimelineTasks tasks, RunContext context) {
    this.store = store;
    this.pipeline = pipeline;
    this.tasks = tasks;
    this.context = context;
    this.started = System.nanoTime();
  }

  /**
   * Starts a run of the pipeline with this fingerprint ({@link org.annalist.pipeline.Pipeline#fingerprint()});
   * when it links the corpus, {@code tasks} cluster the timeline's blocks and compare its events.
   */
  public static StoreRun start(AnnalistStore store, String pipeline, TimelineTasks tasks) {
    StoreRun run = new StoreRun(store, pipeline, tasks, RunContext.start());
    store.startRun(run.context.runId(), pipeline);
    return run;
  }

  /** The run's id, which the stages put in the provenance of every annotation. */
  public RunContext context() {
    return context;
  }

  /**
   * Saves an analyzed document, or records a failure and forgets what the path held before, as a
   * fresh analysis of the folder would not have it.
   */
  public FileOutcome record(FileAnalysis analysis) {
    if (analysis instanceof FileAnalysis.Analyzed analyzed) {
      store.save(analyzed.document(), pipeline, context.runId());
      return FileOutcome.analyzed(analyzed.path());
    }
    FileAnalysis.Failed failed = (FileAnalysis.Failed) analysis;
    boolean dropped =
        store.recordFailure(failed.path(), failed.reason(), failed.message(), context.runId());
    return FileOutcome.failed(failed.path(), failed.reason(), failed.message(), dropped);
  }

  /**
   * Ends the run: forgets the paths under the folders among {@code roots} that were not {@code
   * found}, links entities and timeline if linking is pending, records the counts, and brings the
   * search index up to date.
   */
  public AnalysisReport finish(
      List<Path> roots,
      Set<String> found,
      Collection<FileOutcome> outcomes,
      AnalysisListener listener) {
    int removed = store.forgetMissing(roots.stream().filter(Files::isDirectory).toList(), found);
    RunSummary summary = new RunSummary(
        count(outcomes, FileOutcome.Kind.ANALYZED),
        count(outcomes, FileOutcome.Kind.UNCHANGED),
        count(outcomes, FileOutcome.Kind.FAILED),
        removed);
    AnalysisReport.CorpusSteps corpusSteps =
        store.isLinkingPending() ? CorpusLinking.link(store, tasks) : null;
    store.finishRun(context.runId(), summary);
    listener.indexing();
    store.searchIndex().close();
    List<FileOutcome> failures = outcomes.stream()
        .filter(o -> o.kind() == FileOutcome.Kind.FAILED)
        .sorted(Comparator.comparing(FileOutcome::path))
        .toList();
    return new AnalysisReport(
        context.runId(),
        summary,
        failures,
        Duration.ofNanos(System.nanoTime() - started),
        corpusSteps);
  }

  private static int count(Collection<FileOutcome> outcomes, FileOutcome.Kind kind) {
    return (int) outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
  }
}
