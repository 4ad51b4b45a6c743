package org.annalist.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads files into {@link Document}s: plain text, Markdown and other text formats, HTML, PDF,
 * DOCX, ODT, EPUB and the other formats Apache Tika parses.
 *
 * <p>The type of a file is detected from its bytes and its name. Plain text (including Markdown)
 * is decoded by Annalist itself, never reformatted: the document's text is exactly the decoded
 * file, with the same line breaks and whitespace, so offsets into the text match the file. The
 * only change is that a leading byte-order mark is dropped (its charset is recorded). Other
 * formats are parsed by Tika under limits: the text length limit, the parse timeout, and Tika's
 * decompression-bomb guard (at most {@value #MAX_COMPRESSION_RATIO} characters out per byte in
 * beyond the first {@value #BOMB_OUTPUT_THRESHOLD} characters, and at most {@value
 * #MAX_PACKAGE_DEPTH} levels of nested packages).
 *
 * <p>Documents embedded in a parsed file (a DOCX in a DOCX, an attachment of a PDF) are parsed
 * too, under limits for the whole file: at most {@value
 * EmbeddedDocumentGuard#MAX_EMBEDDED_DOCUMENTS} embedded documents, nested at most {@value
 * EmbeddedDocumentGuard#MAX_EMBEDDED_DEPTH} deep, each no larger than {@code maxFileBytes} and,
 * if it is a zip, expanding no further than a file of its size may (see {@link ZipBombGuard}),
 * and all of them together expanding to at most {@value
 * EmbeddedDocumentGuard#MAX_EMBEDDED_EXPANSION_BYTES} bytes. A file with an embedded document
 * over any of these limits fails as a whole, {@link FailureReason#TOO_LARGE}, unparsed.
 *
 * <p>{@link #read} never throws for a bad file: it returns an {@link IngestFailure} that says
 * what happened. Even running out of memory while reading a file, or out of stack, is that
 * file's failure ({@link FailureReason#TOO_LARGE} or {@link FailureReason#PARSE_ERROR}). One
 * reader is meant to be shared: it is thread-safe, and building it (loading Tika's parsers) takes
 * a moment.
 */
public final class DocumentReader {
  static final long MAX_COMPRESSION_RATIO = 100;
  static final long BOMB_OUTPUT_THRESHOLD = 1_000_000;
  static final int MAX_XML_DEPTH = 100;
  static final int MAX_PACKAGE_DEPTH = 10;

  private final IngestLimits limits;
  private final TypeDetector detector;
  private final FormatPolicy policy;
  private final TikaTextExtractor extractor;

  /** A reader with these limits, using Tika's default configuration. */
  public DocumentReader(IngestLimits limits) {
    this(limits, TikaConfig.getDefaultConfig(), null);
  }

  /**
   * A reader that parses with {@code replacementParser} instead of Tika's (when not null); for
   * tests that need a misbehaving parser.
   */
  DocumentReader(IngestLimits limits, TikaConfig config, @Nullable Parser replacementParser) {
    this.limits = Objects.requireNonNull(limits, "limits");
    AutoDetectParser parser = guardedParser(config);
    this.detector = new TypeDetector(config.getDetector(), config.getMediaTypeRegistry());
    this.policy = new FormatPolicy(
        config.getMediaTypeRegistry(), parser.getSupportedTypes(new ParseContext()));
    this.extractor =
        new TikaTextExtractor(replacementParser == null ? parser : replacementParser, limits);
  }

  /** The limits this reader works under. */
  public IngestLimits limits() {
    return limits;
  }

  /**
   * Reads one file. The document's source path is {@code file.toString()}, its id the SHA-256 of
   * the file's bytes.
   *
   * @return the document, or a failure saying why there is none; never throws for a bad file
   */
  public IngestResult read(Path file) {
    return read(
        file.toString(), fileName(file), () -> FileLoader.load(file, limits.maxFileBytes()));
  }

  /**
   * Reads the bytes of a file that were loaded elsewhere, such as a row of a table of files on a
   * cluster, as if the file were read from {@code path}: the same limits, type detection (by the
   * bytes and the last part of the path) and failures.
   *
   * @return the document, or a failure saying why there is none; never throws for bad bytes
   */
  public IngestResult read(String path, byte[] bytes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return read(path, name, () -> FileLoader.checked(bytes, limits.maxFileBytes()));
  }

  /** Where a reader gets a file's bytes from. */
  private interface ByteSource {
    byte[] load() throws IngestFailedException;
  }

  private IngestResult read(String path, String name, ByteSource source) {
    try {
      Document document = toDocument(path, name, source.load());
      return new Ingested(document);
    } catch (IngestFailedException e) {
      return new IngestFailure(path, e.reason(), e.getMessage());
    } catch (ThreadDeath e) {
      throw e;
    } catch (RuntimeException | Error e) {
      // Out of memory or stack on this thread (loading, decoding, detection), or a bug: this
      // file's failure, so that the run goes on with the next.
      return IngestFailure.unexpected(path, e);
    }
  }

  private Document toDocument(String path, String name, byte[] bytes) throws IngestFailedException {
    DocumentId id = DocumentId.ofBytes(bytes);
    DetectedType type = detector.detect(bytes, name);
    return switch (policy.route(type)) {
      case PLAIN_TEXT -> plainText(id, path, bytes, policy.plainTextType(type.content()));
      case MARKUP -> {
        PlainTextReader.rejectBinaryBytes(bytes);
        yield parsed(id, path, name, bytes, type.content());
      }
      case DOCUMENT -> parsed(id, path, name, bytes, type.content());
      case BINARY_CLAIMING_TEXT -> throw binaryClaimingText(bytes, type);
      case UNSUPPORTED ->
        throw new IngestFailedException(
            FailureReason.UNSUPPORTED,
            type.content() + " is not a format Annalist reads (it reads text, Markdown, HTML, "
                + "PDF, office documents and e-books); convert it to one of those");
    };
  }

  private Document plainText(DocumentId id, String path, byte[] bytes, MediaType type)
      throws IngestFailedException {
    DecodedText decoded = PlainTextReader.read(bytes, limits);
    DocumentMetadata metadata =
        MetadataSniffer.sniff(decoded.text(), FormatMetadata.NONE, decoded.charset());
    return new Document(id, path, type.toString(), decoded.text(), metadata);
  }

  private Document parsed(DocumentId id, String path, String name, byte[] bytes, MediaType type)
      throws IngestFailedException {
    Extraction extraction = extractor.extract(bytes, name, type);
    if (TextLimits.isBlank(extraction.text())) {
      throw TextLimits.noText(
          type.equals(MediaType.application("pdf"))
              ? "no text in this PDF (a scanned PDF needs OCR first)"
              : "no text in this " + type + " file");
    }
    DocumentMetadata metadata = MetadataSniffer.sniff(
        extraction.text(),
        TikaProperties.formatMetadata(extraction.metadata()),
        TikaProperties.charset(extraction.metadata()));
    return new Document(id, path, type.toString(), extraction.text(), metadata);
  }

  private static IngestFailedException binaryClaimingText(byte[] bytes, DetectedType type) {
    String evidence = BinarySniffer.binaryEvidence(bytes);
    return new IngestFailedException(
        FailureReason.BINARY,
        "is named like " + type.claimedByName() + " but its bytes are " + type.content()
            + (evidence == null ? "" : " (" + evidence + ")") + "; give a text version of it");
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }

  /** Tika's auto-detecting parser with explicit decompression-bomb limits. */
  private static AutoDetectParser guardedParser(TikaConfig config) {
    AutoDetectParser parser = new AutoDetectParser(config);
    parser.setAutoDetectParserConfig(new AutoDetectParserConfig(
        null, BOMB_OUTPUT_THRESHOLD, MAX_COMPRESSION_RATIO, MAX_XML_DEPTH, MAX_PACKAGE_DEPTH));
    return parser;
  }
}
