package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes read elsewhere (a row of a table of files) are read as the file they came from would be. */
class BytesReadingTest {
  @TempDir
  Path dir;

  @Test
  void bytesGiveTheDocumentOfTheirFile() throws IOException {
    List<Path> files = List.of(
        Fixtures.text(
            dir, "note.txt", "Published 3 May 1999.\nThe river rose.\r\n", StandardCharsets.UTF_8),
        Fixtures.write(
            dir,
            "page.html",
            "<html><head><title>A page</title></head><body><p>It rained.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)),
        Fixtures.docx(dir, "report.docx", "A report", List.of("The bridge opened in 1931.")));
    for (Path file : files) {
      IngestResult fromBytes = TestReaders.DEFAULT.read(file.toString(), Files.readAllBytes(file));
      assertThat(fromBytes).as("bytes of %s", file).isEqualTo(TestReaders.DEFAULT.read(file));
    }
  }

  @Test
  void theTypeIsTakenFromTheLastPartOfThePath() {
    byte[] markdown = "# Title\n\nText.\n".getBytes(StandardCharsets.UTF_8);
    IngestResult result = TestReaders.DEFAULT.read("hdfs://cluster/corpus/notes.md", markdown);
    assertThat(((Ingested) result).document().mediaType()).isEqualTo("text/markdown");
  }

  @Test
  void noBytesAreAnEmptyFile() {
    IngestResult result = TestReaders.DEFAULT.read("/corpus/empty.txt", new byte[0]);
    assertThat(result)
        .isEqualTo(
            new IngestFailure("/corpus/empty.txt", FailureReason.EMPTY, "file is empty (0 bytes)"));
  }

  @Test
  void bytesOverTheLimitAreTooLarge() {
    DocumentReader reader = new DocumentReader(IngestLimits.DEFAULTS.withMaxFileBytes(10));
    IngestResult result =
        reader.read("/corpus/long.txt", "eleven bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(result)
        .isInstanceOfSatisfying(
            IngestFailure.class,
            failure -> assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE));
  }
}
