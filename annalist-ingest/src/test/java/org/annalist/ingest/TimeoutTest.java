package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

class TimeoutTest {
  private static final IngestLimits QUICK =
      IngestLimits.DEFAULTS.withParseTimeout(Duration.ofMillis(300));

  @TempDir Path dir;

  @Test
  void parserThatNeverFinishesTimesOutAndIsStopped() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    Parser endless = new TestParser() {
      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
          ParseContext context) throws SAXException {
        try {
          char[] word = "more ".toCharArray();
          while (true) {
            // Ignores interruption, like a parser stuck in a loop: only the handler stops it.
            handler.characters(word, 0, 1);
            Thread.onSpinWait();
          }
        } finally {
          stopped.countDown();
        }
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), endless);
    Path file = Fixtures.text(dir, "page.html", "<html><body>x</body></html>",
        StandardCharsets.UTF_8);
    long start = System.nanoTime();

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(failure.message()).isEqualTo("parsing as text/html took longer than PT0.3S "
        + "(parseTimeout) and was stopped; the file may be malformed, or raise the limit");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the parser was stopped").isTrue();
  }

  @Test
  void parserThatBlocksIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Parser sleeper = new TestParser() {
      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
          ParseContext context) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), sleeper);
    Path file = Fixtures.text(dir, "page.html", "<html><body>x</body></html>",
        StandardCharsets.UTF_8);

    assertThat(failure(reader, file).reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void parserThatThrowsUncheckedIsAParseError() throws Exception {
    Parser broken = new TestParser() {
      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
          ParseContext context) {
        throw new IllegalStateException("table index out of range");
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), broken);
    Path file = Fixtures.text(dir, "page.html", "<html><body>x</body></html>",
        StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message()).isEqualTo("cannot parse as text/html: table index out of range;"
        + " the file may be truncated or corrupt");
  }

  @Test
  void stackOverflowInAParserIsAParseError() throws Exception {
    Parser deep = new TestParser() {
      @Override
      public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
          ParseContext context) {
        throw new StackOverflowError();
      }
    };
    DocumentReader reader = new DocumentReader(QUICK, TikaConfig.getDefaultConfig(), deep);
    Path file = Fixtures.text(dir, "page.html", "<html><body>x</body></html>",
        StandardCharsets.UTF_8);

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
