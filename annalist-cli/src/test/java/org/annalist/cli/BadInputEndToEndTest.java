package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.annalist.store.AnnalistStore;
import org.annalist.store.DocumentSummary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of good and bad files: each bad file gets one line naming it and the reason, the good
 * ones are stored, the summary counts both, and the store stays sound.
 */
class BadInputEndToEndTest {
  @TempDir
  Path work;

  @Test
  void reportsEachBadFileByNameAndReasonAndStoresTheGoodOnes() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(
        corpus.resolve("good-1.txt"), "The treaty was signed in Moscow on 14 February 1950.\n");
    Files.writeString(
        corpus.resolve("good-2.md"),
        "# Notes\n\nStalin sent a second telegram at the end of 1941.\n");
    Files.writeString(
        corpus.resolve("good-3.html"),
        "<html><head><title>Telegrams</title></head><body><p>Mao replied in July 1941.</p></body></html>");
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("binary.txt"), randomBytes(4096));
    byte[] pdf = pdf("The Battle of Stalingrad ended in February 1943.");
    Files.write(corpus.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
    Files.write(corpus.resolve("invalid-utf8.txt"), invalidUtf8());
    writeFiftyMegabytes(corpus.resolve("huge.txt"));
    Files.createSymbolicLink(corpus.resolve("vanished.txt"), corpus.resolve("no-such-target.txt"));
    boolean permissionsEnforced = unreadableFile(corpus.resolve("unreadable.txt"));
    Path store = work.resolve("store");

    CliRun run = CliRun.of("analyze", corpus.toString(), "--store", store.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> failures =
        run.err().lines().filter(line -> line.startsWith("failed: ")).toList();
    assertThat(failures).anyMatch(line -> line.contains("empty.txt: empty:"));
    assertThat(failures).anyMatch(line -> line.contains("binary.txt: binary:"));
    assertThat(failures).anyMatch(line -> line.contains("truncated.pdf: parse-error:"));
    assertThat(failures).anyMatch(line -> line.contains("invalid-utf8.txt: undecodable:"));
    assertThat(failures).anyMatch(line -> line.contains("huge.txt: too-large:"));
    assertThat(failures).anyMatch(line -> line.contains("vanished.txt: unreadable:"));
    int bad = permissionsEnforced ? 7 : 6;
    if (permissionsEnforced) {
      assertThat(failures).anyMatch(line -> line.contains("unreadable.txt: unreadable:"));
    }
    assertThat(failures).hasSize(bad);
    int good = permissionsEnforced ? 3 : 4;
    assertThat(run.out())
        .contains(
            good + " succeeded (" + good + " new or changed, 0 unchanged), " + bad + " failed");

    AnnalistStore opened = AnnalistStore.open(store);
    assertThat(opened.documents())
        .extracting(DocumentSummary::path)
        .anyMatch(path -> path.endsWith("good-1.txt"))
        .anyMatch(path -> path.endsWith("good-2.md"))
        .anyMatch(path -> path.endsWith("good-3.html"));
    assertThat(opened.failures()).hasSize(bad);
    assertThat(opened.integrityProblems()).isEmpty();

    CliRun again = CliRun.of("analyze", corpus.toString(), "--store", store.toString());
    assertThat(again.out())
        .contains(
            good + " succeeded (0 new or changed, " + good + " unchanged), " + bad + " failed");
    assertThat(AnnalistStore.open(store).counts()).isEqualTo(opened.counts());
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  /** Bytes that are neither UTF-8 nor any single-byte text: stray continuation bytes and C1 controls. */
  private static byte[] invalidUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      bytes.writeBytes(new byte[] {
        (byte) 0x80, (byte) 0x81, (byte) 0xC3, 0x28, (byte) 0x8D, (byte) 0x9F, (byte) 0xFE
      });
    }
    return bytes.toByteArray();
  }

  private static void writeFiftyMegabytes(Path file) throws IOException {
    byte[] line = "A line of plain English text, repeated to make a very large file.\n"
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
  }

  /** Makes a file nobody may read; false if this user can read it anyway (root). */
  private static boolean unreadableFile(Path file) throws IOException {
    Files.writeString(file, "secret");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(file)) {
      Files.delete(file);
      Files.writeString(file, "Readable after all: this user ignores file permissions.\n");
      return false;
    }
    return true;
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
