package org.annalist.ingest;

import static org.annalist.ingest.TestReaders.document;
import static org.annalist.ingest.TestReaders.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annalist.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents embedded in a file are held to the limits of {@link EmbeddedDocumentGuard}. The bomb
 * is the one a security review found: a DOCX of about 1 MB that embeds a DOCX whose text inflates
 * to 1 GB. {@link ZipBombGuard} sees the embedded one only as a 1 MB entry, and without the guard
 * Tika parsed it and ran out of memory.
 */
class EmbeddedDocumentsTest {
  private static final long GIGABYTE = 1L << 30;
  private static final long MEGABYTE = 1L << 20;

  @TempDir
  Path dir;

  @Test
  void docxEmbeddingADecompressionBombFailsAsAWholeWithoutParsingTheBomb() throws Exception {
    byte[] bomb = Fixtures.docxEmbedding(
        "The outer text.", Map.of("inner.docx", Fixtures.docxBombBytes(GIGABYTE)));
    assertThat(bomb.length).as("bytes of the outer DOCX").isLessThan((int) (2 * MEGABYTE));
    ZipBombGuard.check(bomb);
    Path file = Fixtures.write(dir, "outer.docx", bomb);
    CountingParser parser = new CountingParser();

    IngestFailure failure = failure(parser.reader(), file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .startsWith("holds an embedded document that expands to more than ")
        .endsWith(": a suspected decompression bomb; it was not parsed");
    assertThat(parser.handed())
        .as("documents handed to the parser: the outer one only")
        .isEqualTo(1);
  }

  @Test
  void harmlessEmbeddedDocumentIsReadWithTheOuterText() throws Exception {
    byte[] inner = Fixtures.docxEmbedding("The inner text.", Map.of());
    Path file = Fixtures.write(
        dir, "outer.docx", Fixtures.docxEmbedding("The outer text.", Map.of("inner.docx", inner)));
    CountingParser parser = new CountingParser();

    assertThat(document(parser.reader(), file).text())
        .contains("The outer text.", "The inner text.");
    assertThat(parser.handed())
        .as("documents handed to the parser: the outer and the inner one")
        .isEqualTo(2);
  }

  @Test
  void documentsNestedToTheDepthLimitAreRead() throws Exception {
    Path file = Fixtures.write(
        dir, "nested.docx", Fixtures.nestedDocx(EmbeddedDocumentGuard.MAX_EMBEDDED_DEPTH));

    assertThat(document(file).text())
        .contains(
            "Level 0.", "Level 1.", "Level " + EmbeddedDocumentGuard.MAX_EMBEDDED_DEPTH + ".");
  }

  @Test
  void documentsNestedDeeperThanTheLimitFailTheFile() throws Exception {
    Path file = Fixtures.write(
        dir, "nested.docx", Fixtures.nestedDocx(EmbeddedDocumentGuard.MAX_EMBEDDED_DEPTH + 1));

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("holds embedded documents nested more than 5 deep, "
            + "the limit for one file; it was not parsed");
  }

  @Test
  void documentsUpToTheCountLimitAreRead() throws Exception {
    int notes = EmbeddedDocumentGuard.MAX_EMBEDDED_DOCUMENTS;
    Path file =
        Fixtures.write(dir, "notes.docx", Fixtures.docxEmbedding("The outer text.", notes(notes)));

    assertThat(document(file).text()).contains("The outer text.", "Note 1.", "Note " + notes + ".");
  }

  @Test
  void moreDocumentsThanTheCountLimitFailTheFile() throws Exception {
    Path file = Fixtures.write(
        dir,
        "notes.docx",
        Fixtures.docxEmbedding(
            "The outer text.", notes(EmbeddedDocumentGuard.MAX_EMBEDDED_DOCUMENTS + 1)));

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("holds more than 1,000 embedded documents, the limit "
            + "for one file; it was not parsed");
  }

  /**
   * Each embedded DOCX expands to 60 MB, well within what {@link ZipBombGuard} allows one of its
   * size, but five of them expand past the budget of the whole file.
   */
  @Test
  void documentsThatTogetherExpandPastTheBudgetFailTheFile() throws Exception {
    byte[] padded = Fixtures.paddedDocx("Padded.", 60 * MEGABYTE);
    Map<String, byte[]> embedded = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      embedded.put("padded-" + i + ".docx", padded);
    }
    Path file = Fixtures.write(dir, "padded.docx", Fixtures.docxEmbedding("Outer.", embedded));

    IngestFailure failure = failure(file);

    assertThat(failure.reason()).isEqualTo(FailureReason.TOO_LARGE);
    assertThat(failure.message())
        .isEqualTo("holds embedded documents that together expand to "
            + "more than 256.0 MB, the limit for one file: a suspected decompression bomb; it was not "
            + "parsed");
  }

  private static Map<String, byte[]> notes(int count) {
    Map<String, byte[]> notes = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      notes.put("note-" + i + ".txt", ("Note " + i + ".").getBytes(StandardCharsets.UTF_8));
    }
    return notes;
  }
}
