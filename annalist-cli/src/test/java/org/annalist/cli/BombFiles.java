package org.annalist.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annalist.testsupport.Fixtures;

/**
 * Decompression bombs the ingest fixtures do not make: gzip bombs, a zip of very many entries, and
 * DOCX files that embed a DOCX bomb.
 */
final class BombFiles {
  private static final int MEMBER_BYTES = 16 << 20;

  private BombFiles() {}

  /**
   * A gzip file that inflates to at least {@code inflatedBytes} bytes of text: one member of 16 MB
   * of letters, compressed once and repeated (a gzip file may hold many members, read one after
   * the other), so that writing it costs next to nothing.
   */
  static Path gzip(Path file, long inflatedBytes) throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
      byte[] letters = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int written = 0; written < MEMBER_BYTES; written += letters.length) {
        gzip.write(letters);
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long inflated = 0; inflated < inflatedBytes; inflated += MEMBER_BYTES) {
        member.writeTo(out);
      }
    }
    return file;
  }

  /**
   * {@code count} DOCX files of about 1 MB each (more for more than 1 GB), named {@code
   * report-N.docx}, each of one paragraph and an embedded DOCX whose document.xml inflates to
   * {@code inflatedBytes}: small on the outside, since the file's own entries inflate to little
   * more than its size. The embedded DOCX is compressed once and copied into every file.
   */
  static List<Path> docxEmbeddingBombs(Path dir, int count, long inflatedBytes) throws IOException {
    byte[] bomb = Fixtures.docxBombBytes(inflatedBytes);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      byte[] docx =
          Fixtures.docxEmbedding("Quarterly report " + i + ".", Map.of("data.docx", bomb));
      files.add(Fixtures.write(dir, "report-" + i + ".docx", docx));
    }
    return files;
  }

  /** A DOCX-named zip of {@code entries} tiny entries. */
  static Path manyEntries(Path file, int entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        zip.write('x');
        zip.closeEntry();
      }
    }
    return file;
  }
}
