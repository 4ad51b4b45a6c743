package org.annalist.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annalist.annotate.AnnotateStage;
import org.annalist.annotate.CoreNlpDefaultPipeline;
import org.annalist.ingest.IngestLimits;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.AnnalistStore;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>With a warm-up, both pipelines first run once over the same text, untimed (Annalist into a
 * store of its own), so both are then measured with the JIT's compiled code in place, as they
 * would run on a large corpus: on a few documents, compiling is half of Annalist's first pass.
 */
public final class ThroughputBenchmark {
  private final Pipeline pipeline;
  private final IngestLimits limits;
  private final int threads;
  private final boolean warmUp;

  /** Measures this pipeline (Annalist's is {@link Pipelines#standard()}) beside CoreNLP's default. */
  public ThroughputBenchmark(Pipeline pipeline, IngestLimits limits, int threads, boolean warmUp) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.limits = limits;
    this.threads = threads;
    this.warmUp = warmUp;
  }

  /**
   * Runs both pipelines over the files under the roots.
   *
   * @param scratch an empty or missing directory for Annalist's stores; the caller deletes it
   * @throws AnalysisInputException if a root does not exist or holds no files
   * @throws IllegalStateException if no file could be analyzed, so there is no text to measure
   */
  public ThroughputReport run(List<Path> roots, Path scratch, AnalysisListener listener) {
    long started = System.nanoTime();
    requireFiles(roots);
    long loading = System.nanoTime();
    AnnotateStage.loadModels();
    Duration annalistLoading = since(loading);
    Baseline baseline = new Baseline(threads);
    if (warmUp) {
      AnnalistStore store = AnnalistStore.open(scratch.resolve("warm-up"));
      new CorpusAnalyzer(store, pipeline, limits, threads).analyze(roots, AnalysisListener.NONE);
      baseline.pipeline().annotate(texts(store, roots));
    }
    AnnalistStore store = AnnalistStore.open(scratch.resolve("measured"));
    AnalysisReport analysis =
        new CorpusAnalyzer(store, pipeline, limits, threads).analyze(roots, listener);
    List<String> texts = texts(store, roots);
    CoreNlpDefaultPipeline coreNlp = baseline.pipeline();
    long processing = System.nanoTime();
    long tokens = coreNlp.annotate(texts);
    Duration coreNlpProcessing = since(processing);
    return new ThroughputReport(
        analysis,
        texts.size(),
        tokens,
        threads,
        warmUp,
        new ThroughputReport.Phase(annalistLoading, analysis.elapsed()),
        new ThroughputReport.Phase(baseline.loading, coreNlpProcessing),
        since(started));
  }

  /** The cleaned text of every document in the store. */
  private static List<String> texts(AnnalistStore store, List<Path> roots) {
    List<String> texts = new ArrayList<>();
    store.forEachAnnotated(document -> texts.add(document.maskedText()));
    if (texts.isEmpty()) {
      throw new IllegalStateException(
          "nothing to measure: no file under " + roots + " could be analyzed");
    }
    return texts;
  }

  /** CoreNLP's default pipeline, its models loaded on first use, and how long that took. */
  private static final class Baseline {
    private final int threads;
    private @Nullable CoreNlpDefaultPipeline pipeline;
    private Duration loading = Duration.ZERO;

    Baseline(int threads) {
      this.threads = threads;
    }

    CoreNlpDefaultPipeline pipeline() {
      if (pipeline == null) {
        long started = System.nanoTime();
        pipeline = CoreNlpDefaultPipeline.load(threads);
        loading = since(started);
      }
      return pipeline;
    }
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
