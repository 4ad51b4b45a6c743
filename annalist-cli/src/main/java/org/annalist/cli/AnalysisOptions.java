package org.annalist.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.annalist.app.AnalysisReport;
import org.annalist.app.CorpusAnalyzer;
import org.annalist.app.CorpusFiles;
import org.annalist.app.Pipelines;
import org.annalist.ingest.IngestLimits;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.AnnalistStore;
import org.annalist.time.AnchoringMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The folders to analyze and the limits to analyze them with; shared by analyze, run and bench. */
final class AnalysisOptions {
  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) to analyze.")
  List<Path> roots;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files analyzed at once (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-file-size",
      paramLabel = "MB",
      description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
  int maxFileMegabytes = (int) (IngestLimits.DEFAULTS.maxFileBytes() >> 20);

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Give up on a file whose text takes longer to extract (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = IngestLimits.DEFAULTS.parseTimeout().toSeconds();

  @Option(
      names = "--time-mode",
      paramLabel = "auto|news|narrative",
      converter = TimeModes.class,
      defaultValue = TimeModes.AUTO,
      description =
          "Anchor relative dates on each document's publication date (news) or on the story's own time"
              + " (narrative); auto chooses per document (default: ${DEFAULT-VALUE}).")
  @Nullable
  AnchoringMode timeMode;

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links that lead out of the folders analyzed (default: report them as"
              + " link-outside and read nothing through them).")
  boolean followLinks;

  /** The most files analyzed at once that {@code --threads} accepts. */
  static final int MAX_THREADS = 256;
  /** The longest {@code --timeout} accepted: a day. */
  static final long MAX_TIMEOUT_SECONDS = 86_400;

  /**
   * Refuses values no analysis can run with, before anything is opened or created.
   *
   * @throws Failures.UsageException naming the option, its range and the value given
   */
  void validate() {
    OptionRanges.check("--threads", threads, 1, MAX_THREADS);
    OptionRanges.check(
        "--max-file-size", maxFileMegabytes, 1, IngestLimits.MAX_FILE_BYTES_CEILING >> 20);
    OptionRanges.check("--timeout", timeoutSeconds, 1, MAX_TIMEOUT_SECONDS);
  }

  AnalysisReport analyze(AnnalistStore store, ConsoleProgress progress) {
    return new CorpusAnalyzer(store, pipeline(), limits(), threads)
        .analyze(
            roots,
            followLinks ? CorpusFiles.Links.FOLLOW : CorpusFiles.Links.STAY_INSIDE,
            progress);
  }

  Pipeline pipeline() {
    return Pipelines.standard(timeMode);
  }

  IngestLimits limits() {
    return new IngestLimits(
        (long) maxFileMegabytes << 20,
        IngestLimits.DEFAULTS.maxTextChars(),
        Duration.ofSeconds(timeoutSeconds));
  }
}
