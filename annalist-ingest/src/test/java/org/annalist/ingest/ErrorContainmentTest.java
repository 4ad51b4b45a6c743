package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.document;
import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.annalist.testsupport.Fixtures;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

/**
 * An error thrown while one file is read (out of memory, out of stack, a bug) is that file's
 * failure, whether the parser throws it on its worker thread or the reader's own work (loading,
 * detection, decoding) on the caller's; and the reader goes on with the next file.
 */
class ErrorContainmentTest {
  @TempDir
  Path dir;

  @Test
  void parserOutOfMemoryIsTooLarge() throws Exception {
    Parser exhausted = new TestParser() {
      @Override
      public void parse(
          InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    DocumentReader reader =
        new DocumentReader(IngestLimits.DEFAULTS, TikaConfig.getDefaultConfig(), exhausted);
    Path file =
        Fixtures.text(dir, "page.html", "<html><body>x</body></html>", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("needs more memory to parse than is allowed (Java "
            + "heap space); split the document or give Annalist a larger heap");
  }

  @Test
  void outOfMemoryOutsideTheParserIsTooLargeAndTheReaderGoesOn() throws Exception {
    DocumentReader reader = readerDetectingWith(ThrowingDetector.class);
    Path exhausting =
        Fixtures.text(dir, ThrowingDetector.OUT_OF_MEMORY, "Some text.", StandardCharsets.UTF_8);
    Path good = Fixtures.text(dir, "good.txt", "Some text.", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, exhausting);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("needs more memory to read than is allowed (Java "
            + "heap space); split the document or give Annalist a larger heap");
    assertThat(document(reader, good).text()).isEqualTo("Some text.");
  }

  @Test
  void stackOverflowOutsideTheParserIsAParseError() throws Exception {
    DocumentReader reader = readerDetectingWith(ThrowingDetector.class);
    Path file =
        Fixtures.text(dir, ThrowingDetector.STACK_OVERFLOW, "Some text.", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message())
        .isEqualTo("cannot be read: its structure is nested too deeply (stack overflow)");
  }

  @Test
  void otherErrorOutsideTheParserIsAParseErrorToReport() throws Exception {
    DocumentReader reader = readerDetectingWith(ThrowingDetector.class);
    Path file =
        Fixtures.text(dir, ThrowingDetector.LINKAGE_ERROR, "Some text.", StandardCharsets.UTF_8);

    IngestFailure failure = failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message())
        .isEqualTo("unexpected no class Missing; please report this as a bug in Annalist");
  }

  /** A reader whose type detection is done by the given detector class alone. */
  private static DocumentReader readerDetectingWith(Class<? extends Detector> detector)
      throws Exception {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <properties>
          <detectors>
            <detector class="%s"/>
          </detectors>
        </properties>
        """.formatted(detector.getName());
    TikaConfig config =
        new TikaConfig(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return new DocumentReader(IngestLimits.DEFAULTS, config, null);
  }

  /**
   * Detects every file as plain text, except that it throws an error for files of the names
   * below, the way detection can run out of memory or stack on the reader's own thread.
   */
  public static final class ThrowingDetector implements Detector {
    static final String OUT_OF_MEMORY = "out-of-memory.txt";
    static final String STACK_OVERFLOW = "stack-overflow.txt";
    static final String LINKAGE_ERROR = "linkage-error.txt";

    @Override
    public MediaType detect(InputStream input, Metadata metadata) {
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      if (OUT_OF_MEMORY.equals(name)) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (STACK_OVERFLOW.equals(name)) {
        throw new StackOverflowError();
      }
      if (LINKAGE_ERROR.equals(name)) {
        throw new NoClassDefFoundError("no class Missing");
      }
      return MediaType.TEXT_PLAIN;
    }
  }

  /** A parser for tests: claims every type, does whatever {@code parse} does. */
  private abstract static class TestParser implements Parser {
    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of();
    }
  }
}
