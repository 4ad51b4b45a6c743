package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.document;
import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.annalist.model.Document;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatReadingTest {
  private static final List<String> LINES = List.of(
      "The Moscow Visit",
      "Published: March 3, 2021",
      "Mao arrived in Moscow on December 16, 1949.",
      "The treaty was signed on February 14, 1950.");

  @TempDir
  Path dir;

  @Test
  void htmlGivesBodyTextTitleSiteAndDateButNoScript() throws Exception {
    String html = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="utf-8">
        <title>Mao in Moscow – History Today</title>
        <meta property="og:site_name" content="History Today">
        <meta property="article:published_time" content="2021-03-03T10:00:00+08:00">
        <script>var tracker = "SCRIPT-IN-HEAD";</script>
        <style>body { color: red; }</style>
        </head><body>
        <h1>Mao in Moscow</h1>
        <p>Mao arrived in Moscow on 16 December 1949.</p>
        <script>document.write("SCRIPT-IN-BODY");</script>
        <p>Stalin kept him waiting — for weeks.</p>
        </body></html>
        """;
    Path file = Fixtures.text(dir, "visit.html", html, StandardCharsets.UTF_8);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("text/html");
    assertThat(document.text())
        .contains(
            "Mao in Moscow",
            "Mao arrived in Moscow on 16 December 1949.",
            "Stalin kept him waiting — for weeks.")
        .doesNotContain("SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "tracker", "color: red");
    assertThat(document.metadata().title()).isEqualTo("Mao in Moscow – History Today");
    assertThat(document.metadata().site()).isEqualTo("History Today");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(document.metadata().charset()).isEqualTo("UTF-8");
  }

  @Test
  void pdfMadeWithPdfBoxGivesItsTextAndTitle() throws Exception {
    Path file = Fixtures.pdf(dir, "visit.pdf", "Moscow Visit", LINES);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.text()).contains(LINES.get(0), LINES.get(2), LINES.get(3));
    assertThat(document.metadata().title()).isEqualTo("Moscow Visit");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2021, 3, 3));
  }

  @Test
  void pdfWithoutAStatedDateFallsBackToItsCreationDate() throws Exception {
    Path file = Fixtures.pdf(dir, "undated.pdf", "Undated", List.of("Just text."));

    assertThat(document(file).metadata().published()).isEqualTo(LocalDate.of(2019, 4, 12));
  }

  @Test
  void truncatedPdfIsAParseError() throws Exception {
    Path pdf = Fixtures.pdf(dir, "visit.pdf", "Moscow Visit", LINES);
    Path truncated = Fixtures.truncatedCopy(pdf, "truncated.pdf", 0.5);

    IngestFailure failure = failure(truncated);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message())
        .startsWith("cannot parse as application/pdf: ")
        .endsWith("; the file may be truncated or corrupt")
        .doesNotContainPattern("@[0-9a-f]{4,}");
  }

  @Test
  void pdfWithoutTextHasNoText() throws Exception {
    Path file = Fixtures.pdf(dir, "blank.pdf", "Blank", List.of());

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.NO_TEXT);
    assertThat(failure.message()).contains("scanned PDF needs OCR");
  }

  @Test
  void htmlOfNothingButAByteOrderMarkHasNoText() throws Exception {
    Path file = Fixtures.write(dir, "mark.html", new byte[] {(byte) 0xFF, (byte) 0xFE});

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.NO_TEXT);
  }

  @Test
  void docxMadeWithPoiGivesItsParagraphs() throws Exception {
    Path file = Fixtures.docx(dir, "visit.docx", "Moscow Visit", LINES);

    Document document = document(file);

    assertThat(document.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(document.text()).isEqualTo(String.join("\n", LINES) + "\n");
    assertThat(document.metadata().title()).isEqualTo("Moscow Visit");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2021, 3, 3));
  }

  @Test
  void truncatedDocxIsAParseError() throws Exception {
    Path docx = Fixtures.docx(dir, "visit.docx", "Moscow Visit", LINES);
    Path truncated = Fixtures.truncatedCopy(docx, "truncated.docx", 0.5);

    IngestFailure failure = failure(truncated);

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message()).startsWith("cannot parse as application/vnd.openxmlformats");
  }

  @Test
  void odtBuiltByHandGivesItsParagraphsAndMetadata() throws Exception {
    Path file = Fixtures.odt(
        dir,
        "visit.odt",
        "Moscow Visit",
        "2020-01-02T10:00:00",
        List.of("The Moscow Visit", "Mao arrived in Moscow on December 16, 1949."));

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(document.text())
        .isEqualTo("The Moscow Visit\nMao arrived in Moscow on December 16, 1949.\n");
    assertThat(document.metadata().title()).isEqualTo("Moscow Visit");
    assertThat(document.metadata().published()).isEqualTo(LocalDate.of(2020, 1, 2));
  }

  @Test
  void truncatedOdtIsAParseError() throws Exception {
    Path odt = Fixtures.odt(dir, "visit.odt", "Moscow Visit", "2020-01-02T10:00:00", LINES);

    IngestFailure failure = failure(Fixtures.truncatedCopy(odt, "truncated.odt", 0.5));

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
  }

  @Test
  void epubBuiltByHandGivesItsChapterText() throws Exception {
    Path file = Fixtures.epub(dir, "visit.epub", "Moscow Visit", "2018-05-06", LINES);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("application/epub+zip");
    assertThat(document.text()).contains(LINES.get(0), LINES.get(2), LINES.get(3));
    assertThat(document.metadata().title()).isEqualTo("Moscow Visit");
  }

  @Test
  void truncatedEpubIsAParseError() throws Exception {
    Path epub = Fixtures.epub(dir, "visit.epub", "Moscow Visit", "2018-05-06", LINES);

    IngestFailure failure = failure(Fixtures.truncatedCopy(epub, "truncated.epub", 0.5));

    assertThat(failure.reason()).isEqualTo(FailureReason.PARSE_ERROR);
    assertThat(failure.message()).startsWith("cannot parse as application/epub+zip: ");
  }

  @Test
  void parsedTextLongerThanTheLimitIsTooLarge() throws Exception {
    Path file =
        Fixtures.odt(dir, "long.odt", "Long", "2020-01-02T10:00:00", List.of("word ".repeat(1000)));
    DocumentReader reader = new DocumentReader(IngestLimits.DEFAULTS.withMaxTextChars(500));

    IngestFailure failure = TestReaders.failure(reader, file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message()).contains("limit of 500 characters (maxTextChars)");
  }

  @Test
  void imagesAreUnsupported() throws Exception {
    Path file = dir.resolve("photo.png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNSUPPORTED);
    assertThat(failure.message()).startsWith("image/png is not a format Annalist reads");
  }

  @Test
  void zipArchivesAreUnsupported() throws Exception {
    Path file = dir.resolve("bundle.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNSUPPORTED);
    assertThat(failure.message()).startsWith("application/zip is not a format");
  }

  @Test
  void imageNamedTxtIsBinary() throws Exception {
    Path file = dir.resolve("photo.txt");
    try (OutputStream out = Files.newOutputStream(file)) {
      ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
    }

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.BINARY);
    assertThat(failure.message())
        .startsWith("is named like text/plain but its bytes are image/png");
  }

  @Test
  void rtfIsParsedNotReadAsPlainText() throws Exception {
    String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n\\f0 Telegram six.\\par\n}\n";
    Path file = Fixtures.text(dir, "telegram.rtf", rtf, StandardCharsets.US_ASCII);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("application/rtf");
    assertThat(document.text()).contains("Telegram six.").doesNotContain("fonttbl");
  }

  @Test
  void emailIsParsedAndItsSubjectIsTheTitle() throws Exception {
    String mail = "From: archive@example.org\r\nSubject: The sixth telegram\r\n"
        + "Date: Tue, 3 Mar 2021 10:00:00 +0000\r\n\r\nThe body of the message.\r\n";
    Path file = Fixtures.text(dir, "message.eml", mail, StandardCharsets.US_ASCII);

    Document document = document(file);

    assertThat(document.mediaType()).isEqualTo("message/rfc822");
    assertThat(document.text()).contains("The body of the message.");
    assertThat(document.metadata().title()).isEqualTo("The sixth telegram");
  }

  @Test
  void dataAndSourceFormatsAreKeptExactlyAsPlainText() throws Exception {
    String csv = "year,event\r\n1941,first telegram\r\n";
    String json = "{\"year\": 1950,\n \"event\": \"treaty\"}\n";

    assertThat(document(Fixtures.text(dir, "events.csv", csv, StandardCharsets.UTF_8))
            .text())
        .isEqualTo(csv);
    assertThat(document(Fixtures.text(dir, "events.json", json, StandardCharsets.UTF_8))
            .text())
        .isEqualTo(json);
  }

  @Test
  void svgIsAnUnsupportedImage() throws Exception {
    Path file = Fixtures.text(
        dir,
        "map.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Moscow</text></svg>",
        StandardCharsets.UTF_8);

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.UNSUPPORTED);
    assertThat(failure.message()).startsWith("image/svg+xml is not a format Annalist reads");
  }
}
