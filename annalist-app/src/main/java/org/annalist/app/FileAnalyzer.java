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
 * a bad file or a failing stage: either is a {@link FileAnalysis.Failed}. Knows nothing of the
 * store, so the same work runs in the thread pool of {@link CorpusAnalyzer} or in a cluster's
 * executors. Thread-safe if the pipeline's stages are (every stage passes the conformance suite's
 * threads check).
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

  private FileAnalysis analyze(String path, Supplier<IngestResult> read, RunContext run) {
    try {
      IngestResult result = read.get();
      if (result instanceof IngestFailure failure) {
        return new FileAnalysis.Failed(path, failure.reason().code(), failure.message());
      }
      return new FileAnalysis.Analyzed(pipeline.run(((Ingested) result).document(), run));
    } catch (RuntimeException e) {
      return FileAnalysis.analysisError(path, e);
    }
  }
}
