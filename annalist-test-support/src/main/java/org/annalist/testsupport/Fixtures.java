package org.annalist.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes test files of every format into a directory, broken ones and decompression bombs among
 * them; nothing binary is committed. For the reader's tests (annalist-ingest) and the command
 * line's reliability harnesses (annalist-cli).
 */
public final class Fixtures {
  private Fixtures() {}

  /** The bytes as a file of this name in the directory. */
  public static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The text encoded in the charset, as a file of this name in the directory. */
  public static Path text(Path dir, String name, String text, Charset charset) throws IOException {
    return write(dir, name, text.getBytes(charset));
  }

  /** The text encoded in the charset, after the given byte-order mark bytes. */
  public static Path textWithMark(Path dir, String name, String text, Charset charset, int... mark)
      throws IOException {
    byte[] body = text.getBytes(charset);
    byte[] bytes = new byte[mark.length + body.length];
    for (int i = 0; i < mark.length; i++) {
      bytes[i] = (byte) mark[i];
    }
    System.arraycopy(body, 0, bytes, mark.length, body.length);
    return write(dir, name, bytes);
  }

  /** A one-page PDF with a title property and the given lines of text. */
  public static Path pdf(Path dir, String name, String title, List<String> lines)
      throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2019, Calendar.APRIL, 12, 9, 30);
      info.setCreationDate(created);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        for (String line : lines) {
          content.showText(line);
          content.newLineAtOffset(0, -16);
        }
        content.endText();
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A DOCX made by Apache POI, one paragraph per line, with a title property. */
  public static Path docx(Path dir, String name, String title, List<String> paragraphs)
      throws IOException {
    Path file = dir.resolve(name);
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      document.getProperties().getCoreProperties().setTitle(title);
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
    }
    return file;
  }

  /** A minimal OpenDocument text file: mimetype, manifest, meta.xml and content.xml. */
  public static Path odt(
      Path dir, String name, String title, String created, List<String> paragraphs)
      throws IOException {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<text:p>").append(escape(paragraph)).append("</text:p>\n");
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      deflated(zip, "META-INF/manifest.xml", ODT_MANIFEST);
      deflated(zip, "meta.xml", ODT_META.formatted(escape(title), created));
      deflated(zip, "content.xml", ODT_CONTENT_START + body + ODT_CONTENT_END);
    }
    return dir.resolve(name);
  }

  /** A minimal EPUB 2: mimetype, container, OPF package and one XHTML chapter. */
  public static Path epub(Path dir, String name, String title, String date, List<String> paragraphs)
      throws IOException {
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      stored(zip, "mimetype", "application/epub+zip");
      deflated(zip, "META-INF/container.xml", EPUB_CONTAINER);
      deflated(zip, "OEBPS/content.opf", EPUB_OPF.formatted(escape(title), date));
      deflated(zip, "OEBPS/chapter1.xhtml", EPUB_CHAPTER.formatted(escape(title), body));
    }
    return dir.resolve(name);
  }

  /**
   * An ODT whose content.xml is a paragraph of {@code expandedBytes} letters, which compress
   * about a thousand to one: a small file that would expand past any heap.
   */
  public static Path odtBomb(Path dir, String name, long expandedBytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      zip.setLevel(1);
      stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
      deflated(zip, "META-INF/manifest.xml", ODT_MANIFEST);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write((ODT_CONTENT_START + "<text:p>").getBytes(StandardCharsets.UTF_8));
      repeatLetter(zip, expandedBytes);
      zip.write(("</text:p>" + ODT_CONTENT_END).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return dir.resolve(name);
  }

  /** A DOCX-named zip whose document.xml expands the same way. */
  public static Path docxBomb(Path dir, String name, long expandedBytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      writeDocxBomb(out, expandedBytes, 1);
    }
    return dir.resolve(name);
  }

  /**
   * The bytes of a DOCX whose document.xml is a paragraph of {@code expandedBytes} letters,
   * deflated at the highest level: about 1 MB per GB, streamed, never held expanded.
   */
  public static byte[] docxBombBytes(long expandedBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeDocxBomb(out, expandedBytes, Deflater.BEST_COMPRESSION);
    return out.toByteArray();
  }

  /**
   * A minimal DOCX of one paragraph that embeds each given file as a package part {@code
   * word/embeddings/NAME}, the way Word embeds one document in another. The parts are stored
   * as they are (the embedded files are zips, compressed already), so the outer zip inflates to
   * no more than its own size. Names end in {@code .docx} or {@code .txt}.
   */
  public static byte[] docxEmbedding(String paragraph, Map<String, byte[]> embedded)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      writeDocxParts(zip, paragraph, embedded);
    }
    return out.toByteArray();
  }

  /**
   * A minimal DOCX of one paragraph and a part {@code word/media/padding.bin} that the text does
   * not use: {@code paddingBytes} zeros, deflated at the highest level.
   */
  public static byte[] paddedDocx(String paragraph, long paddingBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      writeDocxParts(zip, paragraph, Map.of());
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
      byte[] zeros = new byte[1 << 20];
      for (long left = paddingBytes; left > 0; left -= zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /**
   * A DOCX in a DOCX in a DOCX ... {@code depth} levels deep below the outer one: each DOCX
   * says which level it is ("Level 0." for the outer one) and embeds the next as {@code
   * level-N.docx}.
   */
  public static byte[] nestedDocx(int depth) throws IOException {
    byte[] nested = docxEmbedding("Level " + depth + ".", Map.of());
    for (int level = depth - 1; level >= 0; level--) {
      nested =
          docxEmbedding("Level " + level + ".", Map.of("level-" + (level + 1) + ".docx", nested));
    }
    return nested;
  }

  /** An EPUB whose chapter is a paragraph of {@code expandedBytes} letters, expanding the same way. */
  public static Path epubBomb(Path dir, String name, long expandedBytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
      zip.setLevel(1);
      stored(zip, "mimetype", "application/epub+zip");
      deflated(zip, "META-INF/container.xml", EPUB_CONTAINER);
      deflated(zip, "OEBPS/content.opf", EPUB_OPF.formatted("Bomb", "2020-01-01"));
      zip.putNextEntry(new ZipEntry("OEBPS/chapter1.xhtml"));
      String[] chapter = EPUB_CHAPTER.formatted("Bomb", "<p>%s</p>").split("%s");
      zip.write(chapter[0].getBytes(StandardCharsets.UTF_8));
      repeatLetter(zip, expandedBytes);
      zip.write(chapter[1].getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return dir.resolve(name);
  }

  /** The first {@code fraction} of the file's bytes, as a new file. */
  public static Path truncatedCopy(Path file, String name, double fraction) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Path dir =
        Objects.requireNonNull(file.getParent(), "a fixture file lies in the test's directory");
    return write(dir, name, Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
  }

  private static void writeDocxParts(
      ZipOutputStream zip, String paragraph, Map<String, byte[]> embedded) throws IOException {
    StringBuilder relationships = new StringBuilder();
    int id = 0;
    for (String name : embedded.keySet()) {
      relationships.append(DOCX_PACKAGE_RELATIONSHIP.formatted(++id, name));
    }
    deflated(zip, "[Content_Types].xml", DOCX_EMBEDDING_CONTENT_TYPES);
    deflated(zip, "_rels/.rels", DOCX_RELS);
    deflated(zip, "word/document.xml", DOCX_DOCUMENT_START + escape(paragraph) + DOCX_DOCUMENT_END);
    deflated(
        zip,
        "word/_rels/document.xml.rels",
        DOCX_DOCUMENT_RELS_START + relationships + DOCX_DOCUMENT_RELS_END);
    for (Map.Entry<String, byte[]> part : embedded.entrySet()) {
      stored(zip, "word/embeddings/" + part.getKey(), part.getValue());
    }
  }

  private static void writeDocxBomb(OutputStream out, long expandedBytes, int level)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(level);
      deflated(zip, "[Content_Types].xml", DOCX_CONTENT_TYPES);
      deflated(zip, "_rels/.rels", DOCX_RELS);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(DOCX_DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
      repeatLetter(zip, expandedBytes);
      zip.write(DOCX_DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void repeatLetter(OutputStream out, long count) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    for (long left = count; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
    stored(zip, name, content.getBytes(StandardCharsets.US_ASCII));
  }

  private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void deflated(ZipOutputStream zip, String name, String content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final String ODT_MANIFEST = """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
      manifest:version="1.2">
       <manifest:file-entry manifest:full-path="/" \
      manifest:media-type="application/vnd.oasis.opendocument.text"/>
       <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
       <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
      </manifest:manifest>
      """;

  private static final String ODT_META = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
       <office:meta>
        <dc:title>%s</dc:title>
        <meta:creation-date>%s</meta:creation-date>
       </office:meta>
      </office:document-meta>
      """;

  private static final String ODT_CONTENT_START = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
       <office:body>
        <office:text>
      """;

  private static final String ODT_CONTENT_END = """
        </office:text>
       </office:body>
      </office:document-content>
      """;

  private static final String EPUB_CONTAINER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
       <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
       </rootfiles>
      </container>
      """;

  private static final String EPUB_OPF = """
      <?xml version="1.0" encoding="UTF-8"?>
      <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
       <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>%s</dc:title>
        <dc:language>en</dc:language>
        <dc:identifier id="id">urn:uuid:00000000-0000-0000-0000-000000000001</dc:identifier>
        <dc:date>%s</dc:date>
       </metadata>
       <manifest>
        <item id="chapter1" href="chapter1.xhtml" media-type="application/xhtml+xml"/>
       </manifest>
       <spine>
        <itemref idref="chapter1"/>
       </spine>
      </package>
      """;

  private static final String EPUB_CHAPTER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <html xmlns="http://www.w3.org/1999/xhtml">
      <head><title>%s</title></head>
      <body>
      %s</body>
      </html>
      """;

  private static final String DOCX_CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
       <Default Extension="rels" \
      ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
       <Default Extension="xml" ContentType="application/xml"/>
       <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>
      """;

  private static final String DOCX_RELS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
       <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="word/document.xml"/>
      </Relationships>
      """;

  private static final String DOCX_EMBEDDING_CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
       <Default Extension="rels" \
      ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
       <Default Extension="xml" ContentType="application/xml"/>
       <Default Extension="docx" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document"/>
       <Default Extension="txt" ContentType="text/plain"/>
       <Default Extension="bin" ContentType="application/octet-stream"/>
       <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>
      """;

  private static final String DOCX_DOCUMENT_RELS_START = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      """;

  private static final String DOCX_PACKAGE_RELATIONSHIP = """
       <Relationship Id="rId%d" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" \
      Target="embeddings/%s"/>
      """;

  private static final String DOCX_DOCUMENT_RELS_END = "</Relationships>\n";

  private static final String DOCX_DOCUMENT_START = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:body><w:p><w:r><w:t>""";

  private static final String DOCX_DOCUMENT_END = "</w:t></w:r></w:p></w:body></w:document>";
}
