package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Holds the documents embedded in a file (a DOCX in a DOCX, an attachment of a PDF, an entry of
 * an archive) to limits before Tika parses them, the way {@link ZipBombGuard} holds the file
 * itself. That guard sees an embedded zip only as the bytes of one entry, so without this one a
 * small DOCX could carry a DOCX that inflates to gigabytes into the parser.
 *
 * <p>The limits, for one file: at most {@value #MAX_EMBEDDED_DOCUMENTS} embedded documents,
 * nested at most {@value #MAX_EMBEDDED_DEPTH} deep. Each is read into memory, at most {@code
 * maxFileBytes} like a file, and if it is a zip it may expand as far as {@link ZipBombGuard}
 * allows a file of its size. All of them together may expand to at most {@value
 * #MAX_EMBEDDED_EXPANSION_BYTES} bytes, each counting as its inflated entries if it is a zip,
 * or as its bytes if that is more.
 *
 * <p>The first embedded document over a limit refuses the whole file: the guard throws from
 * {@link #parseEmbedded}, turns away every embedded document after it, and keeps the refusal.
 * Container parsers often catch what an embedded document throws and go on, so the caller must
 * ask {@link #throwIfRefused()} once the parse has ended, however it ended.
 *
 * <p>One guard serves one parse: it is used by the thread that runs the parse, and asked for its
 * refusal after the parse.
 */
final class EmbeddedDocumentGuard implements EmbeddedDocumentExtractor {
  /** The most documents one file may embed, at every depth together. */
  static final int MAX_EMBEDDED_DOCUMENTS = 1_000;
  /** How deep embedded documents may nest: 1 is a document embedded in the file itself. */
  static final int MAX_EMBEDDED_DEPTH = 5;
  /** How far all the documents embedded in one file may expand together. */
  static final long MAX_EMBEDDED_EXPANSION_BYTES = 256L * 1024 * 1024;

  private final ParsingEmbeddedDocumentExtractor parsing;
  private final long maxBytes;
  private int documents;
  private int depth;
  private long expanded;
  private @Nullable IngestFailedException refusal;

  private EmbeddedDocumentGuard(ParseContext context, long maxBytes) {
    this.parsing = new ParsingEmbeddedDocumentExtractor(context);
    this.maxBytes = maxBytes;
  }

  /**
   * A guard for one parse, set as the context's {@link EmbeddedDocumentExtractor}; embedded
   * documents that pass are parsed with the context's parser.
   *
   * @param maxBytes the most bytes one embedded document may have
   */
  static EmbeddedDocumentGuard install(ParseContext context, long maxBytes) {
    EmbeddedDocumentGuard guard = new EmbeddedDocumentGuard(context, maxBytes);
    context.set(EmbeddedDocumentExtractor.class, guard);
    return guard;
  }

  /**
   * Throws the refusal, if an embedded document broke a limit.
   *
   * @throws IngestFailedException {@link FailureReason#TOO_LARGE}, naming the limit
   */
  void throwIfRefused() throws IngestFailedException {
    if (refusal != null) {
      throw refusal;
    }
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return refusal == null && parsing.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (refusal != null) {
      throw stop(refusal);
    }
    depth++;
    try (TikaInputStream admitted = TikaInputStream.get(admit(stream))) {
      parsing.parseEmbedded(admitted, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
  }

  /** Counts an embedded document, reads it and checks it against every limit. */
  private byte[] admit(InputStream stream) throws IOException {
    documents++;
    if (documents > MAX_EMBEDDED_DOCUMENTS) {
      throw refuse(String.format(
          Locale.ROOT,
          "holds more than %,d embedded documents, the " + "limit for one file; it was not parsed",
          MAX_EMBEDDED_DOCUMENTS));
    }
    if (depth > MAX_EMBEDDED_DEPTH) {
      throw refuse(String.format(
          Locale.ROOT,
          "holds embedded documents nested more than %d "
              + "deep, the limit for one file; it was not parsed",
          MAX_EMBEDDED_DEPTH));
    }
    long left = MAX_EMBEDDED_EXPANSION_BYTES - expanded;
    byte[] bytes = stream.readNBytes((int) Math.min(maxBytes, left) + 1);
    if (bytes.length > maxBytes) {
      throw refuse(String.format(
          Locale.ROOT,
          "holds an embedded document larger than %s " + "(maxFileBytes); it was not parsed",
          Sizes.megabytes(maxBytes)));
    }
    if (bytes.length > left) {
      throw refuse(togetherTooLarge());
    }
    long size = bytes.length;
    if (ZipBombGuard.isZip(bytes)) {
      long ownBudget = ZipBombGuard.budget(bytes.length);
      ZipBombGuard.Expansion expansion = ZipBombGuard.expand(bytes, Math.min(ownBudget, left));
      if (expansion.overBudget()) {
        throw refuse(
            ownBudget > left
                ? togetherTooLarge()
                : String.format(
                    Locale.ROOT,
                    "holds an embedded document that expands to more than %s when unzipped, over %d "
                        + "times its size of %s: a suspected decompression bomb; it was not parsed",
                    Sizes.megabytes(ownBudget),
                    ZipBombGuard.MAX_RATIO,
                    Sizes.megabytes(bytes.length)));
      }
      if (expansion.tooManyEntries()) {
        throw refuse(String.format(
            Locale.ROOT,
            "holds an embedded document of more than %,d "
                + "zip entries, far more than any document; it was not parsed",
            ZipBombGuard.MAX_ENTRIES));
      }
      size = Math.max(size, expansion.bytes());
    }
    expanded += size;
    return bytes;
  }

  private static String togetherTooLarge() {
    return String.format(
        Locale.ROOT,
        "holds embedded documents that together expand to more "
            + "than %s, the limit for one file: a suspected decompression bomb; it was not parsed",
        Sizes.megabytes(MAX_EMBEDDED_EXPANSION_BYTES));
  }

  /** Keeps the refusal and gives what to throw to stop the parse. */
  private IOException refuse(String message) {
    IngestFailedException refused = new IngestFailedException(FailureReason.TOO_LARGE, message);
    refusal = refused;
    return stop(refused);
  }

  private static IOException stop(IngestFailedException refused) {
    return new IOException("an embedded document broke a limit: " + refused.getMessage());
  }
}
