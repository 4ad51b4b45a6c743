package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.annalist.testsupport.Fixtures;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parse that runs past the parse timeout fails the file as {@link FailureReason#TIMEOUT}, and
 * its parser is stopped; a parser that throws fails it as {@link FailureReason#PARSE_ERROR}. The
 * parsers that time out never end by themselves, so on any machine the timeout is what ends
 * their reads: the tests check how they were stopped, never how long that took. The parsers that
 * throw run under the default timeout, so that a slow machine cannot turn their failures into
 * timeouts.
 */
class TimeoutTest {
  private static final IngestLimits QUICK =
      IngestLimits.DEFAULTS.withParseTimeout(Duration.ofMillis(300));
  /**
   * How long a test waits for a parser thread to show how it ended before failing the test as
   * hung: a guard against a hang, not a measure of speed.
   */
  private static final Duration HANG_GUARD = Duration.ofMinutes(1);

  @TempDir
  Path dir;

  @Test
  void parserThatNeverFinishesTimesOutAndIsStoppedByTheCancellation() throws Exception {
    CompletableFuture<SAXException> stoppedBy = new CompletableFuture<>();
    Parser endless = new TestParser() {
      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
          throws SAXException {
        char[] word = "more ".toCharArray();
        try {
          while (true) {
            // Ignores interruption, like a parser stuck in a loop: only the handler stops it.
            handler.characters(word, 0, 1);
            Thread.onSpinWait();
          }
        } catch (SAXException e) {
          stoppedBy.complete(e);
          throw e;
        }
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), endless);
    Path file =
        Fixtures.text(dir, "page.html", "<html><body>x</body></html>", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(failure.message())
        .isEqualTo("parsing as text/html took longer than PT0.3S "
            + "(parseTimeout) and was stopped; the file may be malformed, or raise the limit");
    assertThat(stoppedBy.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
        .as("what stopped the parser")
        .hasMessage("parse cancelled: it ran past its time limit");
  }

  @Test
  void parserThatBlocksIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Parser sleeper = new TestParser() {
      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), sleeper);
    Path file =
        Fixtures.text(dir, "page.html", "<html><body>x</body></html>", StandardCharsets.UTF_8);

    assertThat(failure(reader, file).reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(interrupted.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
        .as("the parser was interrupted")
        .isTrue();
  }

  @Test
  void parserThatThrowsUncheckedIsAParseError() throws Exception {
    Parser broken = new TestParser() {
      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        throw new IllegalStateException("table index out of range");
      }
    };
    DocumentReader reader =
        new DocumentReader(IngestLimits.DEFAULTS, TikaConfig.getDefaultConfig(), broken);
    Path file =
        Fixtures.text(dir, "page.html", "<html><body>x</body></html>", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message())
        .isEqualTo("cannot parse as text/html: table index out of range;"
            + " the file may be truncated or corrupt");
  }

  @Test
  void stackOverflowInAParserIsAParseError() throws Exception {
    Parser deep = new TestParser() {
      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        throw new StackOverflowError();
      }
    };
    DocumentReader reader =
        new DocumentReader(IngestLimits.DEFAULTS, TikaConfig.getDefaultConfig(), deep);
    Path file =
        Fixtures.text(dir, "page.html", "<html><body>x</body></html>", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message()).contains("nested too deeply");
  }

  /** A parser for tests: claims every type, does whatever {@code parse} does. */
  private abstract static class TestParser implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of();
    }
  }
}
