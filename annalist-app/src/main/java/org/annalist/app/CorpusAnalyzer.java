package org.annalist.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
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
import org.annalist.ingest.IngestLimits;
import org.annalist.model.DocumentId;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.AnnalistStore;
import org.annalist.timeline.TimelineTasks;

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
  private final FileAnalyzer analyzer;
  private final int threads;

  public CorpusAnalyzer(AnnalistStore store, Pipeline pipeline, IngestLimits limits, int threads) {
    this.store = store;
    this.pipeline = pipeline;
    this.limits = limits;
    this.analyzer = new FileAnalyzer(pipeline, new DocumentReader(limits));
    this.threads = Math.max(1, threads);
  }

  /**
   * Analyzes every file under the roots, following only the symbolic links that stay inside them.
   *
   * @throws AnalysisInputException if a root does not exist
   */
  public AnalysisReport analyze(List<Path> roots, AnalysisListener listener) {
    return analyze(roots, CorpusFiles.Links.STAY_INSIDE, listener);
  }

  /**
   * Analyzes every file under the roots, following the symbolic links {@code links} allows; each
   * link not followed is a failure of its path.
   *
   * @throws AnalysisInputException if a root does not exist
   */
  public AnalysisReport analyze(
      List<Path> roots, CorpusFiles.Links links, AnalysisListener listener) {
    List<Path> checkedRoots = CorpusFiles.checkedRoots(roots);
    List<CorpusFiles.Entry> entries = CorpusFiles.list(checkedRoots, links);
    StoreRun run = StoreRun.start(store, pipeline.fingerprint(), TimelineTasks.IN_PROCESS);
    listener.filesFound(entries.size());
    List<FileOutcome> outcomes = processAll(entries, run, listener);
    Set<String> found = ConcurrentHashMap.newKeySet();
    entries.forEach(entry -> found.add(entry.path().toString()));
    return run.finish(checkedRoots, found, outcomes, listener);
  }

  private List<FileOutcome> processAll(
      List<CorpusFiles.Entry> entries, StoreRun run, AnalysisListener listener) {
    ExecutorService pool = new ForkJoinPool(
        threads,
        forkJoinPool -> {
          ForkJoinWorkerThread thread =
              ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(forkJoinPool);
          thread.setName("annalist-analyze-" + thread.getPoolIndex());
          return thread;
        },
        null,
        false);
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

  private FileOutcome process(CorpusFiles.Entry entry, StoreRun run) {
    String path = entry.path().toString();
    if (entry.isProblem()) {
      return run.record(entry.failure());
    }
    try {
      Optional<DocumentId> known = alreadyStored(entry.path());
      if (known.isPresent()) {
        if (!store.isCurrent(path, known.get(), pipeline.fingerprint())) {
          store.link(path, known.get());
        }
        return FileOutcome.unchanged(path);
      }
      return run.record(analyzer.analyze(entry.path(), run.context()));
    } catch (RuntimeException e) {
      return run.record(FileAnalysis.analysisError(path, e));
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
}
