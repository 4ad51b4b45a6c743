package org.annalist.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.annalist.app.AnalysisListener;
import org.annalist.app.AnalysisReport;
import org.annalist.app.CorpusFiles;
import org.annalist.app.FileAnalysis;
import org.annalist.app.FileOutcome;
import org.annalist.app.Pipelines;
import org.annalist.app.StoreRun;
import org.annalist.store.AnnalistStore;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A run of the analysis as a Spark job, for Spark's Java API: the per-document stages run on the
 * executors in {@code mapPartitions}, their results are written as a Parquet table ({@link
 * AnalyzedRows}), and the driver reads that table back, partition by partition, into the store, one
 * transaction per document as a run in one JVM saves them. Then it links the corpus with the same
 * code as a run in one JVM: entities, the timeline's attestations, status, profiles and the search
 * index on the driver; the alignment of each block and the comparison of each event as Spark
 * tasks ({@link SparkTimelineTasks}).
 */
public final class SparkAnalysis {
  private final SparkSession spark;
  private final int partitions;

  /**
   * A job on this session.
   *
   * @param partitions how many tasks share a folder's files, or a table's rows; 0 for four per core
   *     of the cluster (folders) or the table's own partitions (tables)
   */
  public SparkAnalysis(SparkSession spark, int partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  /**
   * Analyzes the files under these folders, as {@code annalist analyze} would: the files are listed
   * on the driver (so they must be on storage the executors share, at the same paths), paths that
   * are gone are forgotten, and the Parquet table is written to {@code output} (a path or URI every
   * node can write).
   *
   * @throws org.annalist.app.AnalysisInputException if a folder does not exist
   */
  public AnalysisReport analyzeFolders(
      List<Path> folders, String output, AnnalistStore store, AnalysisListener listener) {
    List<Path> roots = CorpusFiles.checkedRoots(folders);
    List<CorpusFiles.Entry> entries = CorpusFiles.list(roots);
    Set<String> found = new HashSet<>();
    List<FileAnalysis> unvisited = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (CorpusFiles.Entry entry : entries) {
      found.add(entry.path().toString());
      if (entry.isProblem()) {
        unvisited.add(entry.failure());
      } else {
        paths.add(entry.path().toString());
      }
    }
    listener.filesFound(entries.size());
    int slices = Math.max(
        1,
        Math.min(
            paths.size(),
            partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism()));
    Dataset<String> files = spark.createDataset(
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(paths, slices)
            .rdd(),
        Encoders.STRING());
    return run(
        store,
        listener,
        roots,
        found,
        unvisited,
        output,
        runId -> files.mapPartitions(new PartitionAnalysis.OfPaths(runId), AnalyzedRows.ENCODER));
  }

  /**
   * Analyzes the rows of a Parquet table of files, with a string column {@code path} (the path each
   * document will be known by) and a binary column {@code content} (the file's bytes), such as
   * Spark's {@code binaryFile} source writes. Nothing is forgotten: a table names no folders.
   */
  public AnalysisReport analyzeTable(
      String table, String output, AnnalistStore store, AnalysisListener listener) {
    Dataset<Row> read = spark.read().parquet(table).select("path", "content");
    Dataset<Row> files = partitions > 0 ? read.repartition(partitions) : read;
    return run(
        store,
        listener,
        List.of(),
        Set.of(),
        List.of(),
        output,
        runId ->
            files.mapPartitions(new PartitionAnalysis.OfContents(runId), AnalyzedRows.ENCODER));
  }

  private AnalysisReport run(
      AnnalistStore store,
      AnalysisListener listener,
      List<Path> roots,
      Set<String> found,
      List<FileAnalysis> unvisited,
      String output,
      Function<String, Dataset<Row>> analyze) {
    StoreRun run = StoreRun.start(
        store, Pipelines.standard().fingerprint(), new SparkTimelineTasks(spark, partitions));
    List<FileOutcome> outcomes = new ArrayList<>();
    for (FileAnalysis failure : unvisited) {
      outcomes.add(recorded(run, failure, listener));
    }
    analyze.apply(run.context().runId()).write().mode(SaveMode.Overwrite).parquet(output);
    Iterator<Row> rows =
        spark.read().schema(AnalyzedRows.SCHEMA).parquet(output).toLocalIterator();
    while (rows.hasNext()) {
      outcomes.add(recorded(run, AnalyzedRows.analysis(rows.next()), listener));
    }
    return run.finish(roots, found, outcomes, listener);
  }

  private static FileOutcome recorded(
      StoreRun run, FileAnalysis analysis, AnalysisListener listener) {
    FileOutcome outcome = run.record(analysis);
    listener.fileDone(outcome);
    return outcome;
  }
}
