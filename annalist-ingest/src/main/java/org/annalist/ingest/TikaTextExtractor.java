package org.annalist.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extracts body text and properties with a Tika parser, on a worker thread, under the text length
 * limit and the parse timeout. Thread-safe.
 *
 * <p>Documents embedded in the file are parsed too, each under the limits of an {@link
 * EmbeddedDocumentGuard}; one that breaks them fails the whole file.
 *
 * <p>Each parse runs on a daemon thread from an unbounded pool whose idle threads end after a few
 * seconds, so the extractor needs no closing. A parse that runs past the timeout is cancelled: its
 * thread is interrupted and its next output throws. A parser that neither blocks nor produces
 * output can still hold its thread until it finishes; the caller gets its failure on time anyway.
 */
final class TikaTextExtractor {
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final Parser parser;
  private final IngestLimits limits;
  private final ExecutorService workers;

  /**
   * @param parser an auto-detecting parser, configured with decompression-bomb limits; it must be
   *     thread-safe, as Tika's parsers are
   */
  TikaTextExtractor(Parser parser, IngestLimits limits) {
    this.parser = parser;
    this.limits = limits;
    this.workers = new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
  }

  /**
   * Parses the bytes of a file of the given type.
   *
   * @throws IngestFailedException {@link FailureReason#TIMEOUT}, {@link FailureReason#TOO_LARGE},
   *     {@link FailureReason#PARSE_ERROR} or {@link FailureReason#UNSUPPORTED}
   */
  Extraction extract(byte[] bytes, String fileName, MediaType type) throws IngestFailedException {
    BodyContentHandler body = new BodyContentHandler(limits.maxTextChars());
    ParseCancellation handler = new ParseCancellation(body);
    ParseContext context = parseContext();
    EmbeddedDocumentGuard embedded = EmbeddedDocumentGuard.install(context, limits.maxFileBytes());
    Future<Extraction> parse =
        workers.submit(() -> parse(bytes, fileName, type, context, body, handler));
    try {
      Extraction extraction = parse.get(limits.parseTimeout().toNanos(), TimeUnit.NANOSECONDS);
      embedded.throwIfRefused();
      return extraction;
    } catch (ExecutionException e) {
      // The parse failed, on the worker thread: with an exception, or an error such as
      // OutOfMemoryError, which the future holds like any other. A refused embedded document
      // explains the failure best, whatever the parser made of it.
      embedded.throwIfRefused();
      Throwable cause = e.getCause();
      if (cause instanceof IngestFailedException failure) {
        throw failure;
      }
      throw ParseFailures.explain(cause == null ? e : cause, type, limits);
    } catch (TimeoutException e) {
      cancel(parse, handler);
      throw new IngestFailedException(
          FailureReason.TIMEOUT,
          String.format(
              "parsing as %s took longer than %s (parseTimeout) and was stopped; the file may be "
                  + "malformed, or raise the limit",
              type, limits.parseTimeout()));
    } catch (InterruptedException e) {
      cancel(parse, handler);
      Thread.currentThread().interrupt();
      throw new IngestFailedException(
          FailureReason.TIMEOUT,
          "interrupted while waiting for the parser; the run is being stopped");
    }
  }

  private Extraction parse(
      byte[] bytes,
      String fileName,
      MediaType type,
      ParseContext context,
      BodyContentHandler body,
      ParseCancellation handler)
      throws Exception {
    ZipBombGuard.check(bytes);
    Metadata metadata = new Metadata();
    if (!fileName.isEmpty()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    // Parse as the type we detected, so that the route we chose and the parser agree.
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, metadata, context);
    }
    return new Extraction(body.toString(), metadata);
  }

  private static void cancel(Future<?> parse, ParseCancellation handler) {
    handler.cancel();
    parse.cancel(true);
  }

  /**
   * No OCR (slow, and only where Tesseract happens to be installed), no inline images, and the
   * streaming (SAX) extractors for DOCX and PPTX, which stop at the text limit instead of first
   * loading the whole document into memory. Embedded documents are parsed with the same parser,
   * under the {@link EmbeddedDocumentGuard} that {@link #extract} adds.
   */
  private ParseContext parseContext() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, ocr);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    context.set(Parser.class, parser);
    return context;
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return task -> {
      String name = "annalist-ingest-" + pool + "-parser-" + thread.incrementAndGet();
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }
}
