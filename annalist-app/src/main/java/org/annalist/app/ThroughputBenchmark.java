package org.annalist.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.AnnotateStage;
import org.annalist.annotate.CoreNlpDefaultPipeline;
import org.annalist.ingest.IngestLimits;
import org.annalist.store.AnnalistStore;

/**
 * End-to-end throughput of Annalist beside Stanford CoreNLP's default English pipeline on the
 * same text, the measurement behind {@code annalist bench}.
 *
 * <p>First Annalist loads its CoreNLP models (timed apart) and analyzes the folders into a new
 * store exactly as {@code annalist analyze} does: ingest, clean, time, annotate, events, store,
 * then entity linking, the timeline and the search index. Then the cleaned text of every
 * document it analyzed is read back from the store, and {@link CoreNlpDefaultPipeline} loads its
 * models (timed apart) and annotates those texts. Both process the same number of documents at
 * once. The default pipeline runs second, so it starts with a JVM that the first phase has
 * warmed up (CoreNLP's tokenizer and tagger); that favours the baseline, if anything.
 */
public final class ThroughputBenchmark {
  private final IngestLimits limits;
  private final int threads;

  public ThroughputBenchmark(IngestLimits limits, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.limits = limits;
    this.threads = threads;
  }

  /**
   * Runs both pipelines over the files under the roots.
   *
   * @param scratch an empty or missing directory for Annalist's store; the caller deletes it
   * @throws AnalysisInputException if a root does not exist or holds no files
   * @throws IllegalStateException if no file could be analyzed, so there is no text to measure
   */
  public ThroughputReport run(List<Path> roots, Path scratch, AnalysisListener listener) {
    long started = System.nanoTime();
    requireFiles(roots);
    long loading = System.nanoTime();
    AnnotateStage.loadModels();
    Duration annalistLoading = since(loading);
    AnnalistStore store = AnnalistStore.open(scratch);
    AnalysisReport analysis = new CorpusAnalyzer(store, Pipelines.standard(), limits, threads).analyze(roots, listener);
    List<String> texts = new ArrayList<>();
    store.forEachAnnotated(document -> texts.add(document.maskedText()));
    if (texts.isEmpty()) {
      throw new IllegalStateException("nothing to measure: no file under " + roots + " could be analyzed");
    }
    long coreNlpLoading = System.nanoTime();
    CoreNlpDefaultPipeline coreNlp = CoreNlpDefaultPipeline.load(threads);
    Duration coreNlpLoad = since(coreNlpLoading);
    long processing = System.nanoTime();
    long tokens = coreNlp.annotate(texts);
    Duration coreNlpProcessing = since(processing);
    return new ThroughputReport(analysis, texts.size(), tokens, threads,
        new ThroughputReport.Phase(annalistLoading, analysis.elapsed()),
        new ThroughputReport.Phase(coreNlpLoad, coreNlpProcessing), since(started));
  }

  private static void requireFiles(List<Path> roots) {
    if (CorpusFiles.list(CorpusFiles.checkedRoots(roots)).isEmpty()) {
      throw new AnalysisInputException("nothing to benchmark: no files under " + roots);
    }
  }

  private static Duration since(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime);
  }
}
