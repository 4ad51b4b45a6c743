package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.testsupport.Fixtures;

/**
 * A folder of broken and hostile files of every {@link HostileKind}, beside a few good ones,
 * written at run time.
 *
 * @param files each file (or folder) whose outcome the harness checks, with its kind: it must be
 *     reported by path, or stored if its readable part holds text
 * @param good the files that must be stored
 * @param churned the files another thread deletes and rewrites during the run
 * @param permissionsEnforced false when this user reads files with permissions 000 anyway (root)
 */
record HostileCorpus(
    Map<Path, HostileKind> files,
    List<Path> good,
    List<Path> churned,
    boolean permissionsEnforced) {
  private static final List<String> EXTENSIONS = List.of(
      "txt", "md", "html", "htm", "xml", "pdf", "docx", "epub", "odt", "rtf", "csv", "json", "bin",
      "");
  private static final List<String> FAKE_HEADERS = List.of(
      "%PDF-1.7\n", "PK\u0003\u0004", "<html><body><p>", "{\\rtf1\\ansi ", "%!PS-Adobe-3.0\n");
  private static final List<String> FAKE_EXTENSIONS = List.of("pdf", "docx", "html", "rtf", "ps");
  private static final List<String> DEEP_ELEMENTS = List.of("div", "span", "b", "li", "td");

  /** Writes the corpus into an empty folder, as many files of each kind as the scale says. */
  static HostileCorpus write(Path folder, ReliabilityScale scale, Random random)
      throws IOException {
    boolean full = scale == ReliabilityScale.FULL;
    Writer writer = new Writer(folder, random);
    writer.good();
    writer.empty(full ? 100 : 20);
    writer.randomFiles(full ? 450 : 50);
    writer.fakeHeaders(full ? 150 : 20);
    writer.truncated(HostileKind.TRUNCATED_PDF, writer.good.get(0), full ? 250 : 30);
    writer.truncated(HostileKind.TRUNCATED_DOCX, writer.good.get(1), full ? 250 : 30);
    writer.truncated(HostileKind.TRUNCATED_EPUB, writer.good.get(2), full ? 250 : 30);
    writer.bombs(full ? 1L << 30 : 256L << 20, full);
    writer.deepHtml(full ? 30 : 6);
    writer.badEncodings(full ? 456 : 60);
    writer.hugeLines(full ? 200_000 : 30_000);
    FileSystemTraps traps = new FileSystemTraps(folder, random, writer.files);
    List<Path> churned = traps.vanishing(full ? 100 : 20);
    boolean enforced = traps.unreadable(full ? 50 : 10);
    traps.links(full ? 5 : 1);
    return new HostileCorpus(writer.files, writer.good, churned, enforced);
  }

  HostileCorpus {
    files = Map.copyOf(files);
    good = List.copyOf(good);
    churned = List.copyOf(churned);
  }

  /** Writes the files of each kind into a subfolder named after it. */
  private static final class Writer {
    private final Path folder;
    private final Random random;
    private final Map<Path, HostileKind> files = new LinkedHashMap<>();
    private final List<Path> good = new ArrayList<>();

    Writer(Path folder, Random random) {
      this.folder = folder;
      this.random = random;
    }

    void good() throws IOException {
      Path dir = Files.createDirectories(folder.resolve("good"));
      List<String> paragraphs = List.of(
          EnglishText.sentences(random, 3).strip(),
          EnglishText.sentences(random, 3).strip());
      good.add(Fixtures.pdf(dir, "valid.pdf", "Telegrams", paragraphs));
      good.add(Fixtures.docx(dir, "valid.docx", "Telegrams", paragraphs));
      good.add(Fixtures.epub(dir, "valid.epub", "Telegrams", "1950-02-14", paragraphs));
      for (int i = 0; i < 3; i++) {
        good.add(
            Files.writeString(dir.resolve("news-" + i + ".txt"), EnglishText.sentences(random, 4)));
      }
    }

    void empty(int count) throws IOException {
      List<byte[]> contents = List.of(
          new byte[0],
          " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII),
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          new byte[] {(byte) 0xFF, (byte) 0xFE});
      for (int i = 0; i < count; i++) {
        add(
            HostileKind.EMPTY,
            i,
            EXTENSIONS.get(i % EXTENSIONS.size()),
            contents.get(i % contents.size()));
      }
    }

    /**
     * Random bytes from a kilobyte up: shorter, random bytes may look like text by chance (three
     * random bytes can spell "abc"), so they are not bound to be refused.
     */
    void randomFiles(int count) throws IOException {
      for (int i = 0; i < count; i++) {
        add(
            HostileKind.RANDOM_BYTES,
            i,
            EXTENSIONS.get(i % EXTENSIONS.size()),
            randomBytes(RANDOM_MIN_BYTES + random.nextInt(1 << 16)));
      }
    }

    private static final int RANDOM_MIN_BYTES = 1024;

    void fakeHeaders(int count) throws IOException {
      for (int i = 0; i < count; i++) {
        int header = i % FAKE_HEADERS.size();
        byte[] start = FAKE_HEADERS.get(header).getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(start, start.length + 1 + random.nextInt(1 << 14));
        System.arraycopy(
            randomBytes(bytes.length - start.length),
            0,
            bytes,
            start.length,
            bytes.length - start.length);
        add(HostileKind.FAKE_HEADER, i, FAKE_EXTENSIONS.get(header), bytes);
      }
    }

    /** Copies of a valid file cut at random lengths, from one byte to one byte short. */
    void truncated(HostileKind kind, Path valid, int count) throws IOException {
      byte[] bytes = Files.readAllBytes(valid);
      String name = valid.getFileName().toString();
      for (int i = 0; i < count; i++) {
        add(
            kind,
            i,
            name.substring(name.lastIndexOf('.') + 1),
            Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
      }
    }

    void bombs(long inflated, boolean full) throws IOException {
      Path dir = Files.createDirectories(folder.resolve("zip-bomb"));
      List<Path> zips = new ArrayList<>(List.of(
          Fixtures.docxBomb(dir, "document.docx", inflated),
          Fixtures.epubBomb(dir, "book.epub", inflated),
          Fixtures.odtBomb(dir, "text.odt", inflated),
          BombFiles.manyEntries(dir.resolve("many-entries.docx"), 60_000)));
      if (full) {
        zips.add(Fixtures.docxBomb(dir, "document-4x.docx", 4 * inflated));
        zips.add(Fixtures.epubBomb(dir, "book-2x.epub", 2 * inflated));
      }
      zips.forEach(zip -> files.put(zip, HostileKind.ZIP_BOMB));
      Path gz = Files.createDirectories(folder.resolve("gzip-bomb"));
      files.put(BombFiles.gzip(gz.resolve("text.txt.gz"), inflated), HostileKind.GZIP_BOMB);
      files.put(
          BombFiles.gzip(gz.resolve("archive.gz"), full ? 4 * inflated : inflated),
          HostileKind.GZIP_BOMB);
      Path embedding = Files.createDirectories(folder.resolve("embedded-bomb"));
      BombFiles.docxEmbeddingBombs(embedding, full ? 6 : 2, inflated)
          .forEach(file -> files.put(file, HostileKind.EMBEDDED_BOMB));
    }

    void deepHtml(int count) throws IOException {
      for (int i = 0; i < count; i++) {
        String element = DEEP_ELEMENTS.get(i % DEEP_ELEMENTS.size());
        int depth = i < 2 ? 100_000 : 10_000 + random.nextInt(90_000);
        String close = i % 2 == 0 ? ("</" + element + ">").repeat(depth) : "";
        String html = "<html><body>" + ("<" + element + ">").repeat(depth)
            + EnglishText.sentences(random, 2) + close + "</body></html>";
        add(HostileKind.DEEP_HTML, i, "html", html.getBytes(StandardCharsets.UTF_8));
      }
    }

    void badEncodings(int count) throws IOException {
      for (int i = 0; i < count; i++) {
        String extension = i % 7 == 0 ? "md" : i % 11 == 0 ? "html" : "txt";
        add(
            HostileKind.BAD_ENCODING,
            i,
            extension,
            BadEncodings.encode(
                EnglishText.sentences(random, 2 + random.nextInt(6)),
                i % BadEncodings.VARIANTS,
                random));
      }
    }

    /** One line of 100 MB, and one paragraph of {@code runOnWords} words with no sentence end. */
    void hugeLines(int runOnWords) throws IOException {
      Path dir = Files.createDirectories(folder.resolve("huge-line"));
      Path line = dir.resolve("line-100mb.txt");
      byte[] chunk = EnglishText.runOn(random, 200_000).getBytes(StandardCharsets.US_ASCII);
      try (OutputStream out = Files.newOutputStream(line)) {
        for (long written = 0; written < 100L << 20; written += chunk.length) {
          out.write(chunk);
        }
      }
      files.put(line, HostileKind.HUGE_LINE);
      files.put(
          Files.writeString(dir.resolve("run-on.txt"), EnglishText.runOn(random, runOnWords)),
          HostileKind.HUGE_LINE);
    }

    private void add(HostileKind kind, int index, String extension, byte[] bytes)
        throws IOException {
      Path dir = Files.createDirectories(
          folder.resolve(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
      String name = String.format("%04d", index) + (extension.isEmpty() ? "" : "." + extension);
      files.put(Files.write(dir.resolve(name), bytes), kind);
    }

    private byte[] randomBytes(int length) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      return bytes;
    }
  }
}
