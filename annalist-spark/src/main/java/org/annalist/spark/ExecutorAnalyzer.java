package org.annalist.spark;

import org.annalist.app.FileAnalyzer;
import org.annalist.app.Pipelines;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.IngestLimits;

/**
 * The per-document work of this JVM, made the first time a task asks for it: on a cluster, once
 * per executor, so Tika's parsers are built and CoreNLP's models loaded (they are shared per
 * process by the annotate stage) once per executor, not once per task or per document. Tasks
 * running at once on an executor's cores share it; it is thread-safe.
 */
final class ExecutorAnalyzer {
  private ExecutorAnalyzer() {}

  private static final class Holder {
    static final FileAnalyzer ANALYZER =
        new FileAnalyzer(Pipelines.standard(), new DocumentReader(IngestLimits.DEFAULTS));
  }

  static FileAnalyzer get() {
    return Holder.ANALYZER;
  }
}
