package org.annalist.spark;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import org.annalist.app.FileAnalysis;
import org.annalist.pipeline.RunContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The per-document stages over one partition: one {@link AnalyzedRows} row out for each file in,
 * made as Spark asks for it, so a partition streams through an executor one document at a time.
 * Only the run's id travels with a task; the stages are the executor's ({@link ExecutorAnalyzer}).
 */
final class PartitionAnalysis {
  private PartitionAnalysis() {}

  /** Files named by their paths, read by the executors (the paths must be on storage they share). */
  record OfPaths(String runId) implements MapPartitionsFunction<String, Row> {
    @Override
    public Iterator<Row> call(Iterator<String> paths) {
      RunContext run = new RunContext(runId);
      return rows(paths, path -> ExecutorAnalyzer.get().analyze(Path.of(path), run));
    }
  }

  /** Rows of a table of files, with their {@code path} and the bytes of their {@code content}. */
  record OfContents(String runId) implements MapPartitionsFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      RunContext run = new RunContext(runId);
      return rows(
          files,
          file -> ExecutorAnalyzer.get()
              .analyze(file.<String>getAs("path"), file.<byte[]>getAs("content"), run));
    }
  }

  private static <T> Iterator<Row> rows(Iterator<T> files, Function<T, FileAnalysis> analyze) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        return AnalyzedRows.row(analyze.apply(files.next()));
      }
    };
  }
}
