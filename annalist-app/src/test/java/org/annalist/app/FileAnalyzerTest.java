package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.annalist.ingest.DocumentReader;
import org.annalist.ingest.IngestLimits;
import org.annalist.ingest.IngestResult;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.LayerName;
import org.annalist.pipeline.Pipeline;
import org.annalist.pipeline.RunContext;
import org.annalist.pipeline.Stage;
import org.annalist.pipeline.StageOutput;
import org.junit.jupiter.api.Test;

/**
 * One file cannot end a run: an error while it is read, or a stage running out of memory or
 * stack on it, is that file's failure. Errors that are bugs in a stage are not hidden.
 */
class FileAnalyzerTest {
  private static final DocumentReader READER = new DocumentReader(IngestLimits.DEFAULTS);
  private static final RunContext RUN = new RunContext("test-run");
  private static final byte[] TEXT = "Some text.".getBytes(StandardCharsets.UTF_8);

  @Test
  void fileThatIsReadIsAnalyzed() {
    FileAnalysis analysis = new FileAnalyzer(Pipeline.of(), READER).analyze("a.txt", TEXT, RUN);

    assertThat(analysis).isInstanceOf(FileAnalysis.Analyzed.class);
    assertThat(analysis.path()).isEqualTo("a.txt");
  }

  @Test
  void readingThatRunsOutOfMemoryIsTheFileBeingTooLarge() {
    FileAnalysis analysis = analyzeReading(() -> {
      throw new OutOfMemoryError("Java heap space");
    });

    assertThat(analysis)
        .isEqualTo(new FileAnalysis.Failed(
            "big.docx",
            "too-large",
            "needs more memory to read than is allowed (Java heap space); split the document or give "
                + "Annalist a larger heap"));
  }

  @Test
  void readingThatOverflowsTheStackIsAParseError() {
    FileAnalysis analysis = analyzeReading(() -> {
      throw new StackOverflowError();
    });

    assertThat(analysis)
        .isEqualTo(new FileAnalysis.Failed(
            "big.docx",
            "parse-error",
            "cannot be read: its structure is nested too deeply (stack overflow)"));
  }

  @Test
  void otherErrorInReadingIsAParseErrorToReport() {
    FileAnalysis analysis = analyzeReading(() -> {
      throw new NoClassDefFoundError("no class Missing");
    });

    assertThat(analysis)
        .isEqualTo(new FileAnalysis.Failed(
            "big.docx",
            "parse-error",
            "unexpected no class Missing; please report this as a bug in Annalist"));
  }

  @Test
  void threadDeathInReadingIsNotCaught() {
    assertThatThrownBy(() -> analyzeReading(() -> {
          throw new ThreadDeath();
        }))
        .isInstanceOf(ThreadDeath.class);
  }

  @Test
  void stageThatRunsOutOfMemoryIsAnAnalysisErrorOfTheFile() {
    FileAnalysis analysis = analyzeWith(new FailingStage(new OutOfMemoryError("Java heap space")));

    assertThat(analysis)
        .isEqualTo(new FileAnalysis.Failed(
            "a.txt",
            CorpusAnalyzer.ANALYSIS_ERROR,
            "the analysis ran out of memory on this document (java.lang.OutOfMemoryError: Java heap "
                + "space); give Annalist a larger heap, or report this"));
  }

  @Test
  void stageThatOverflowsTheStackIsAnAnalysisErrorOfTheFile() {
    FileAnalysis analysis = analyzeWith(new FailingStage(new StackOverflowError()));

    assertThat(analysis)
        .isEqualTo(new FileAnalysis.Failed(
            "a.txt",
            CorpusAnalyzer.ANALYSIS_ERROR,
            "the analysis overflowed the stack on this document, please report this: "
                + "java.lang.StackOverflowError"));
  }

  @Test
  void otherErrorOfAStageIsABugAndIsThrown() {
    AssertionError bug = new AssertionError("offsets out of order");

    assertThatThrownBy(() -> analyzeWith(new FailingStage(bug))).isSameAs(bug);
  }

  private static FileAnalysis analyzeReading(Supplier<IngestResult> read) {
    return new FileAnalyzer(Pipeline.of(), READER).analyze("big.docx", read, RUN);
  }

  private static FileAnalysis analyzeWith(Stage stage) {
    return new FileAnalyzer(Pipeline.of(stage), READER).analyze("a.txt", TEXT, RUN);
  }

  /** A stage that throws the given error for every document. */
  private record FailingStage(Error error) implements Stage {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public Set<LayerName> requires() {
      return Set.of();
    }

    @Override
    public Set<LayerName> produces() {
      return Set.of();
    }

    @Override
    public StageOutput apply(AnnotatedDocument input, RunContext context) {
      throw error;
    }
  }
}
