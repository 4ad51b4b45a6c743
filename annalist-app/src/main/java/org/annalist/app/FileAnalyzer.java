package org.annalist.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.IngestFailure;
import org.annalist.ingest.IngestResult;
import org.annalist.ingest.Ingested;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;

/**
 * The per-document work of a run: reads one file and runs the pipeline over it. Never throws for
 * a bad file or a failing stage, even one that runs out of memory or stack: either is a {@link
 * FileAnalysis.Failed}, so that no one file can end a run. Knows nothing of the store, so the same
 * work runs in the thread pool of {@link CorpusAnalyzer} or in a cluster's executors. Thread-safe
 * if the pipeline's stages are (every stage passes the conformance suite's threads check).
 */
public final class FileAnalyzer {
  private final Pipeline pipeline;
  private final DocumentReader reader;

  public FileAnalyzer(Pipeline pipeline, DocumentReader reader) {
    this.pipeline = pipeline;
    this.reader = reader;
  }

  /** Reads and analyzes the file at this path. */
  public FileAnalysis analyze(Path file, RunContext run) {
    return analyze(file.toString(), () -> reader.read(file), run);
  }

  /** Reads and analyzes the bytes of a file read elsewhere, as if read from {@code path}. */
  public FileAnalysis analyze(String path, byte[] bytes, RunContext run) {
    return analyze(path, () -> reader.read(path, bytes), run);
  }

  /**
   * Reads with {@code read} and analyzes what it read. An error in reading (one file can make the
   * reader run out of memory or stack) is that file's failure, like any bad file: {@code
   * too-large} for running out of memory, {@code parse-error} otherwise. A stage that runs out of
   * memory or stack gives an {@value CorpusAnalyzer#ANALYSIS_ERROR}; any other error of a stage
   * is a bug and is thrown, as is {@link ThreadDeath}.
   */
  FileAnalysis analyze(String path, Supplier<IngestResult> read, RunContext run) {
    IngestResult result;
    try {
      result = read.get();
    } catch (RuntimeException e) {
      return FileAnalysis.analysisError(path, e);
    } catch (ThreadDeath e) {
      throw e;
    } catch (Error e) {
      result = IngestFailure.unexpected(path, e);
    }
    if (result instanceof IngestFailure failure) {
      return new FileAnalysis.Failed(path, failure.reason().code(), failure.message());
    }
    try {
      return new FileAnalysis.Analyzed(pipeline.run(((Ingested) result).document(), run));
    } catch (RuntimeException e) {
      return FileAnalysis.analysisError(path, e);
    } catch (OutOfMemoryError e) {
      return new FileAnalysis.Failed(
          path,
          CorpusAnalyzer.ANALYSIS_ERROR,
          "the analysis ran out of " + "memory on this document (" + e
              + "); give Annalist a larger heap, or report this");
    } catch (StackOverflowError e) {
      return new FileAnalysis.Failed(
          path,
          CorpusAnalyzer.ANALYSIS_ERROR,
          "the analysis overflowed the stack on this document, please report this: " + e);
    }
  }
}
