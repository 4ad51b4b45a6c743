package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.app.AnalysisListener;
import org.annalist.app.AnalysisReport;
import org.annalist.app.CorpusAnalyzer;
import org.annalist.app.Pipelines;
import org.annalist.export.JsonExport;
import org.annalist.ingest.IngestLimits;
import org.annalist.store.AnnalistStore;
import org.annalist.store.RunSummary;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the single-JVM run on the same files (the seeds, the
 * openings of a few WikiWars articles and an empty file): the same export, the same stored
 * analyses and the same failures.
 */
class SparkAnalysisTest {
  @TempDir
  static Path work;

  private static SparkSession spark;
  private static Path corpus;
  private static AnnalistStore singleJvm;
  private static AnalysisReport singleJvmReport;

  @BeforeAll
  static void analyzeInOneJvm() throws IOException {
    corpus = TestCorpus.write(work.resolve("corpus"));
    singleJvm = AnnalistStore.open(work.resolve("single-jvm"));
    singleJvmReport = new CorpusAnalyzer(singleJvm, Pipelines.standard(), IngestLimits.DEFAULTS, 2)
        .analyze(List.of(corpus), AnalysisListener.NONE);
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aFolderAnalyzedOnSparkExportsTheSameAsInOneJvm() {
    AnnalistStore onSpark = AnnalistStore.open(work.resolve("spark"));
    String output = work.resolve("spark-analyzed.parquet").toUri().toString();
    AnalysisReport report = new SparkAnalysis(spark, 0)
        .analyzeFolders(List.of(corpus), output, onSpark, AnalysisListener.NONE);

    int files = 5 + TestCorpus.WIKIWARS.size();
    assertThat(report.summary())
        .isEqualTo(new RunSummary(files, 0, 1, 0))
        .isEqualTo(singleJvmReport.summary());
    assertThat(spark.read().parquet(output).count())
        .as("rows of the Parquet table")
        .isEqualTo(files + 1);
    assertThat(report.corpusSteps()).isNotNull();
    assertThat(report.corpusSteps().events())
        .isPositive()
        .isEqualTo(singleJvmReport.corpusSteps().events());
    assertThat(export(onSpark)).isEqualTo(export(singleJvm));
    assertThat(StoredAnalyses.documents(onSpark))
        .hasSize(files)
        .isEqualTo(StoredAnalyses.documents(singleJvm));
    assertThat(StoredAnalyses.failures(onSpark))
        .hasSize(1)
        .isEqualTo(StoredAnalyses.failures(singleJvm));
  }

  @Test
  void aTableOfFilesIsAnalyzedAsTheFilesAre() throws IOException {
    StructType files = new StructType()
        .add("path", DataTypes.StringType)
        .add("content", DataTypes.BinaryType)
        .add("length", DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    List<Path> chosen = List.of(
        corpus.resolve("wikiwars-" + TestCorpus.WIKIWARS.get(0) + ".txt"),
        corpus.resolve(TestCorpus.EMPTY));
    for (Path file : chosen) {
      rows.add(RowFactory.create(file.toString(), Files.readAllBytes(file), Files.size(file)));
    }
    String table = work.resolve("files.parquet").toString();
    spark.createDataFrame(rows, files).write().parquet(table);
    AnnalistStore fromTable = AnnalistStore.open(work.resolve("table"));

    AnalysisReport report = new SparkAnalysis(spark, 2)
        .analyzeTable(
            table,
            work.resolve("table-analyzed.parquet").toString(),
            fromTable,
            AnalysisListener.NONE);

    assertThat(report.summary()).isEqualTo(new RunSummary(1, 0, 1, 0));
    String analyzed = chosen.get(0).toString();
    assertThat(StoredAnalyses.documents(fromTable))
        .containsOnlyKeys(analyzed)
        .containsEntry(analyzed, StoredAnalyses.documents(singleJvm).get(analyzed));
    assertThat(StoredAnalyses.failures(fromTable)).isEqualTo(StoredAnalyses.failures(singleJvm));
  }

  private static String export(AnnalistStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(store, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
