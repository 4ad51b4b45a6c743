package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.document;
import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReadingTest {
  /** Line breaks of all kinds, tabs, trailing and doubled spaces: all must survive. */
  private static final String TEXT = "Stalin’s telegram  \r\n"
      + "\tThe first request came in 1941.\r\n"
      + "\r\n"
      + "Mao replied.   \n"
      + "Last line without a break \t ";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir
  Path dir;

  @Test
  void utf8TextIsKeptExactlyAsInTheFile() throws Exception {
    Path file = Fixtures.text(dir, "telegram.txt", TEXT, StandardCharsets.UTF_8);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(TEXT);
    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.metadata().charset()).isEqualTo("UTF-8");
    assertThat(document.sourcePath()).isEqualTo(file.toString());
    assertThat(document.id()).isEqualTo(DocumentId.ofBytes(Files.readAllBytes(file)));
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndNothingElse() throws Exception {
    Path file =
        Fixtures.textWithMark(dir, "bom.txt", TEXT, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(TEXT);
    assertThat(document.metadata().charset()).isEqualTo("UTF-8");
    assertThat(document.id()).isEqualTo(DocumentId.ofBytes(Files.readAllBytes(file)));
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkDecodes() throws Exception {
    Path file =
        Fixtures.textWithMark(dir, "utf16.txt", TEXT, StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(TEXT);
    assertThat(document.metadata().charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void utf16BigEndianWithByteOrderMarkDecodes() throws Exception {
    Path file =
        Fixtures.textWithMark(dir, "utf16be.txt", TEXT, StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    assertThat(document(file).text()).isEqualTo(TEXT);
  }

  @Test
  void windows1252TextDecodes() throws Exception {
    String text = "Café society in the 1940s – “a naïve résumé” of the débâcle.\r\n"
        + "Ninety-five per cent of the text is plain ASCII, as in most Western prose.\r\n";
    Path file = Fixtures.text(dir, "latin.txt", text, WINDOWS_1252);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.metadata().charset()).isEqualTo("windows-1252");
  }

  @Test
  void shortLatin1TextDecodes() throws Exception {
    String text = "Café\n";
    Path file = Fixtures.text(dir, "short.txt", text, StandardCharsets.ISO_8859_1);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.metadata().charset()).isIn("windows-1252", "ISO-8859-1");
  }

  @Test
  void markdownIsPlainTextWithItsOwnMediaType() throws Exception {
    String text = "# The Moscow Visit\n\nMao arrived on *16 December 1949*.  \n\n- one\n- two\n";
    Path file = Fixtures.text(dir, "visit.md", text, StandardCharsets.UTF_8);

    Document document = document(file);

    assertThat(document.text()).isEqualTo(text);
    assertThat(document.mediaType()).isEqualTo("text/markdown");
    assertThat(document.metadata().title()).isEqualTo("The Moscow Visit");
  }

  @Test
  void textWithoutAnExtensionIsReadAsPlainText() throws Exception {
    Path file = Fixtures.text(dir, "README", "Just some notes.\n", StandardCharsets.UTF_8);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("text/plain");
    assertThat(document.text()).isEqualTo("Just some notes.\n");
  }

  @Test
  void elfExecutableNamedTxtIsBinary() throws Exception {
    byte[] elf = new byte[4096];
    byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0};
    System.arraycopy(header, 0, elf, 0, header.length);
    new Random(7).ints(64, 0, 256).forEach(b -> elf[100 + (b & 63)] = (byte) b);
    Path file = Fixtures.write(dir, "program.txt", elf);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.BINARY);
    assertThat(failure.message()).contains("NUL byte");
  }

  @Test
  void randomBytesNamedTxtAreBinary() throws Exception {
    byte[] bytes = new byte[10_000];
    new Random(42).nextBytes(bytes);
    Path file = Fixtures.write(dir, "noise.txt", bytes);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.BINARY);
    assertThat(failure.message()).contains("binary").contains("NUL byte at byte offset");
  }

  @Test
  void controlCharactersWithoutNulAreBinary() throws Exception {
    byte[] bytes = new byte[1000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
    }
    Path file = Fixtures.write(dir, "controls.txt", bytes);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.BINARY);
    assertThat(failure.message()).contains("control characters");
  }

  @Test
  void emptyFileFails() throws Exception {
    Path file = Fixtures.write(dir, "empty.txt", new byte[0]);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.EMPTY);
    assertThat(failure.describe()).isEqualTo(file + ": empty: file is empty (0 bytes)");
  }

  @Test
  void whitespaceOnlyFileHasNoText() throws Exception {
    Path file = Fixtures.text(dir, "blank.txt", " \r\n\t\u00A0\n  ", StandardCharsets.UTF_8);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.NO_TEXT);
    assertThat(failure.message()).contains("only whitespace");
  }

  @Test
  void invalidUtf8GarbageIsUndecodableWithTheOffsetOfTheFirstBadByte() throws Exception {
    byte[] prefix = "Hello ".getBytes(StandardCharsets.US_ASCII);
    byte[] garbage = new byte[600];
    Random random = new Random(3);
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    byte[] bytes = new byte[prefix.length + garbage.length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    System.arraycopy(garbage, 0, bytes, prefix.length, garbage.length);
    Path file = Fixtures.write(dir, "garbage.txt", bytes);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNDECODABLE);
    assertThat(failure.message())
        .contains("not valid UTF-8")
        .contains("byte offset " + TextDecoderTest.firstInvalidUtf8(bytes))
        .contains("convert the file to UTF-8");
  }

  @Test
  void textLongerThanTheLimitIsTooLarge() throws Exception {
    Path file = Fixtures.text(dir, "long.txt", "word ".repeat(100), StandardCharsets.UTF_8);
    DocumentReader reader = new DocumentReader(IngestLimits.DEFAULTS.withMaxTextChars(100));

    IngestFailure failure = TestReaders.failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message()).contains("limit of 100 characters (maxTextChars)");
  }

  @Test
  void fileOverTheSizeLimitIsTooLarge() throws Exception {
    Path file = Fixtures.text(dir, "big.txt", "x".repeat(2000), StandardCharsets.UTF_8);
    DocumentReader reader = new DocumentReader(IngestLimits.DEFAULTS.withMaxFileBytes(1000));

    IngestFailure failure = TestReaders.failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("file is 0.0 MB (2,000 bytes), over the limit of "
            + "0.0 MB (1,000 bytes) (maxFileBytes); split it or raise the limit");
  }
}
