package org.annalist.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.IngestFailure;
import org.annalist.ingest.IngestLimits;
import org.annalist.ingest.IngestResult;
import org.annalist.ingest.Ingested;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.DocumentId;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.store.AnnalistStore;
import org.annalist.store.RunSummary;

/**
 * Analyzes folders into a store, incrementally: a file whose bytes are stored and were analyzed
 * by the same pipeline is skipped; a changed file replaces what its path held; a file that is
 * gone is forgotten. Each file is read, analyzed and stored on its own, so a bad file is
 * reported and the others go on, and each document is one transaction.
 *
 * <p>Documents run as tasks of one fork-join pool of {@code threads} workers; a stage that splits
 * its work with a parallel stream (the annotate stage parses sentences so) runs it in that pool,
 * so a worker with no document left helps with another's sentences, and the analysis never uses
 * more than {@code threads} cores.
 */
public final class CorpusAnalyzer {
  /** Why a file failed when a stage, not the file, was at fault. */
  public static final String ANALYSIS_ERROR = "analysis-error";

  private final AnnalistStore store;
  private final Pipeline pipeline;
  private final IngestLimits limits;
  private final DocumentReader reader;
  private final int threads;

  public CorpusAnalyzer(AnnalistStore store, Pipeline pipeline, IngestLimits limits, int threads) {
    this.store = store;
    this.pipeline = pipeline;
    this.limits = limits;
    this.reader = new DocumentReader(limits);
    this.threads = Math.max(1, threads);
  }

  /**
   * Analyzes every file under the roots.
   *
   * @throws AnalysisInputException if a root does not exist
   */
  public AnalysisReport analyze(List<Path> roots, AnalysisListener listener) {
    long started = System.nanoTime();
    List<Path> checkedRoots = CorpusFiles.checkedRoots(roots);
    List<CorpusFiles.Entry> entries;
    try {
      entries = CorpusFiles.list(checkedRoots);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files under " + roots + ": " + e.getMessage(), e);
    }
    RunContext run = RunContext.start();
    store.startRun(run.runId(), pipeline.fingerprint());
    listener.filesFound(entries.size());
    List<FileOutcome> outcomes = processAll(entries, run, listener);
    Set<String> found = ConcurrentHashMap.newKeySet();
    entries.forEach(entry -> found.add(entry.path().toString()));
    int removed = store.forgetMissing(checkedRoots.stream().filter(Files::isDirectory).toList(), found);
    RunSummary summary = new RunSummary(count(outcomes, FileOutcome.Kind.ANALYZED),
        count(outcomes, FileOutcome.Kind.UNCHANGED), count(outcomes, FileOutcome.Kind.FAILED), removed);
    AnalysisReport.CorpusSteps corpusSteps = store.isLinkingPending() ? CorpusLinking.link(store) : null;
    store.finishRun(run.runId(), summary);
    listener.indexing();
    store.searchIndex().close();
    List<FileOutcome> failures = outcomes.stream().filter(o -> o.kind() == FileOutcome.Kind.FAILED)
        .sorted(Comparator.comparing(FileOutcome::path)).toList();
    return new AnalysisReport(run.runId(), summary, failures, Duration.ofNanos(System.nanoTime() - started), corpusSteps);
  }

  private List<FileOutcome> processAll(List<CorpusFiles.Entry> entries, RunContext run, AnalysisListener listener) {
    ExecutorService pool = new ForkJoinPool(threads, forkJoinPool -> {
      ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
      thread.setName("annalist-analyze-" + thread.getPoolIndex());
      return thread;
    }, null, false);
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<FileOutcome>> futures = new ArrayList<>();
    try {
      for (CorpusFiles.Entry entry : entries) {
        inFlight.acquireUninterruptibly();
        futures.add(pool.submit(() -> {
          try {
            FileOutcome outcome = process(entry, run);
            listener.fileDone(outcome);
            return outcome;
          } finally {
            inFlight.release();
          }
        }));
      }
      List<FileOutcome> outcomes = new ArrayList<>();
      for (Future<FileOutcome> future : futures) {
        outcomes.add(await(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private FileOutcome process(CorpusFiles.Entry entry, RunContext run) {
    String path = entry.path().toString();
    if (entry.isProblem()) {
      return fail(path, "unreadable", entry.problem(), run);
    }
    try {
      Optional<DocumentId> known = alreadyStored(entry.path());
      if (known.isPresent()) {
        if (!store.isCurrent(path, known.get(), pipeline.fingerprint())) {
          store.link(path, known.get());
        }
        return FileOutcome.unchanged(path);
      }
      IngestResult result = reader.read(entry.path());
      if (result instanceof IngestFailure failure) {
        return fail(path, failure.reason().code(), failure.message(), run);
      }
      AnnotatedDocument analysis = pipeline.run(((Ingested) result).document(), run);
      store.save(analysis, pipeline.fingerprint(), run.runId());
      return FileOutcome.analyzed(path);
    } catch (RuntimeException e) {
      return fail(path, ANALYSIS_ERROR, "analysis failed, please report this: " + e, run);
    }
  }

  /**
   * The id of the file's bytes if a document with those bytes is already stored and analyzed by
   * this pipeline. Files over the size limit or unreadable are left to the reader to report.
   */
  private Optional<DocumentId> alreadyStored(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > limits.maxFileBytes()) {
        return Optional.empty();
      }
      MessageDigest digest = DocumentId.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      DocumentId id = DocumentId.ofDigest(digest);
      return store.hasAnalysis(id, pipeline.fingerprint()) ? Optional.of(id) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private FileOutcome fail(String path, String reason, String message, RunContext run) {
    store.recordFailure(path, reason, message, run.runId());
    return FileOutcome.failed(path, reason, message);
  }

  private static FileOutcome await(Future<FileOutcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    }
  }

  private static int count(List<FileOutcome> outcomes, FileOutcome.Kind kind) {
    return (int) outcomes.stream().filter(outcome -> outcome.kind() == kind).count();
  }
}
