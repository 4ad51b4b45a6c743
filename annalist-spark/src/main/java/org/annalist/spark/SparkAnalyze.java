package org.annalist.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.app.AnalysisInputException;
import org.annalist.app.AnalysisListener;
import org.annalist.app.AnalysisReport;
import org.annalist.app.CorpusFiles;
import org.annalist.app.FileOutcome;
import org.annalist.store.AnnalistStore;
import org.annalist.store.RunSummary;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.annalist.spark.SparkAnalyze}
 * and {@code scripts/spark-analyze}: analyzes folders or a Parquet table of files into a store.
 * Exits 0 on success (files that failed are reported, one line each), 1 on failure, 2 on misuse.
 */
@Command(
    name = "spark-analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Analyzes FOLDERs (or a Parquet table of files) into a store with Apache Spark: the per-document"
            + " stages on the executors, their results as Parquet, loaded into the store and linked on the driver.")
public final class SparkAnalyze implements Callable<Integer> {
  @Parameters(
      paramLabel = "FOLDER",
      arity = "0..*",
      description = "folders to analyze, at the same paths on every node (shared storage)")
  List<Path> folders = List.of();

  @Option(
      names = "--table",
      paramLabel = "PARQUET",
      description =
          "analyze this Parquet table of files instead (columns path: string, content: binary)")
  @Nullable
  String table;

  @Option(
      names = "--store",
      paramLabel = "PATH",
      description = "the store directory, on the driver (default: annalist-data)")
  Path store = Path.of("annalist-data");

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*])")
  @Nullable
  String master;

  @Option(
      names = "--parquet-out",
      paramLabel = "PATH",
      description =
          "where the executors write the analyzed documents (default: a temporary folder, for local masters)")
  @Nullable
  String parquetOut;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "tasks to share the files among (default: 4 per core for folders, the table's own for tables)")
  int partitions;

  @Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkAnalyze()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (folders.isEmpty() == (table == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give either FOLDERs or --table, not both or neither");
    }
    try {
      CorpusFiles.checkedRoots(folders);
    } catch (AnalysisInputException e) {
      spec.commandLine().getErr().println("spark-analyze: " + e.getMessage());
      return 2;
    }
    @Nullable Path scratch = null;
    String output;
    if (parquetOut != null) {
      output = parquetOut;
    } else {
      scratch = Files.createTempDirectory("annalist-spark");
      output = scratch.resolve("analyzed.parquet").toUri().toString();
    }
    SparkSession spark = session();
    try {
      SparkAnalysis analysis = new SparkAnalysis(spark, partitions);
      AnnalistStore target = AnnalistStore.open(store);
      AnalysisReport report = table == null
          ? analysis.analyzeFolders(folders, output, target, AnalysisListener.NONE)
          : analysis.analyzeTable(table, output, target, AnalysisListener.NONE);
      print(report, spark.sparkContext().master(), scratch == null ? output : null);
      return 0;
    } finally {
      spark.stop();
      if (scratch != null) {
        deleteTree(scratch);
      }
    }
  }

  private SparkSession session() {
    SparkSession.Builder builder = SparkSession.builder().appName("annalist-analyze");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }

  private void print(AnalysisReport report, String sparkMaster, @Nullable String kept) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (FileOutcome failure : report.failures()) {
      err.println("failed: " + failure.describe());
    }
    RunSummary summary = report.summary();
    out.printf(
        Locale.ROOT,
        "Analyzed %d files on Spark (%s) in %.1f s: %d succeeded, %d failed, %d removed.%n",
        summary.succeeded() + summary.failed(),
        sparkMaster,
        report.elapsed().toMillis() / 1000.0,
        summary.succeeded(),
        summary.failed(),
        summary.removed());
    AnalysisReport.CorpusSteps steps = report.corpusSteps();
    if (steps != null) {
      out.printf(
          Locale.ROOT,
          "Linked %d entities in %.1f s and built a timeline of %d events in %.1f s, on the driver.%n",
          steps.entities(),
          steps.entityTime().toNanos() / 1e9,
          steps.events(),
          steps.timelineTime().toNanos() / 1e9);
    }
    if (kept != null) {
      out.println("Analyzed documents (Parquet): " + kept);
    }
    out.println("Store: " + store);
    out.flush();
    err.flush();
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot delete the temporary folder " + root + ": " + e.getMessage(), e);
    }
  }
}
