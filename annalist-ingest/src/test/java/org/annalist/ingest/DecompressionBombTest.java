package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of about 10 MB whose XML inflates to 2.2 GB: more characters than a Java string can hold
 * and more than the test heap (-Xmx2g). Without {@link ZipBombGuard} the DOCX one ran the parser
 * out of memory (Tika's DOCX handler buffers a whole run of text before the text limit sees it);
 * with it, both fail cleanly: the guard stops inflating once past its budget, and the parser is
 * never handed the file.
 */
class DecompressionBombTest {
  private static final long EXPANDED = 2_200_000_000L;

  @TempDir
  Path dir;

  @Test
  void docxBombFailsCleanly() throws Exception {
    Path bomb = Fixtures.docxBomb(dir, "bomb.docx", EXPANDED);

    assertFailsAsBomb(bomb);
  }

  @Test
  void epubBombFailsCleanly() throws Exception {
    Path bomb = dir.resolve("bomb.epub");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("OEBPS/chapter1.xhtml"));
      zip.write("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < EXPANDED; written += chunk.length) {
        zip.write(chunk);
      }
      zip.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertFailsAsBomb(bomb);
  }

  @Test
  void ordinaryZipBasedDocumentsPassTheGuard() throws Exception {
    Path docx = Fixtures.docx(dir, "ok.docx", "Title", java.util.List.of("Some text."));

    ZipBombGuard.check(Files.readAllBytes(docx));
  }

  private static void assertFailsAsBomb(Path bomb) throws IOException {
    long size = Files.size(bomb);
    assertThat(size).isLessThan(EXPANDED / 100);
    CountingParser parser = new CountingParser();

    IngestFailure failure = failure(parser.reader(), bomb);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message()).contains("suspected decompression bomb");
    assertThat(parser.handed()).as("documents handed to the parser").isZero();
    ZipBombGuard.Expansion expansion =
        ZipBombGuard.expand(Files.readAllBytes(bomb), ZipBombGuard.budget(size));
    assertThat(expansion.bytes())
        .as("bytes the guard inflated")
        .isGreaterThan(expansion.budget())
        .isLessThan(EXPANDED);
  }
}
