package org.annalist.app;

import org.annalist.model.AnnotatedDocument;

/**
 * What reading and analyzing one file gave: the analyzed document, or why there is none. Made by
 * a {@link FileAnalyzer} wherever the per-document stages run (a thread pool or a cluster's
 * executors), and recorded in a store by a {@link StoreRun}.
 */
public sealed interface FileAnalysis {
  /** The path the file was read from. */
  String path();

  /** A file read and analyzed by every stage of the pipeline. */
  record Analyzed(AnnotatedDocument document) implements FileAnalysis {
    @Override
    public String path() {
      return document.document().sourcePath();
    }
  }

  /**
   * A file with no analysis.
   *
   * @param reason the code of the failure, e.g. {@code parse-error} or {@value CorpusAnalyzer#ANALYSIS_ERROR}
   * @param message one line saying what went wrong
   */
  record Failed(String path, String reason, String message) implements FileAnalysis {}

  /** A stage, not the file, was at fault: the failure asks to report it. */
  static Failed analysisError(String path, RuntimeException error) {
    return new Failed(
        path, CorpusAnalyzer.ANALYSIS_ERROR, "analysis failed, please report this: " + error);
  }
}
