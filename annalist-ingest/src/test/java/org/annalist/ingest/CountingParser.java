package org.annalist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's auto-detecting parser, counting the documents it is handed: the file, and each document
 * embedded in it that the guards let through (Tika parses those with the same parser). A test
 * asks it whether a file, or a document inside one, ever reached a parser.
 */
final class CountingParser implements Parser {
  private final Parser parser = new AutoDetectParser();
  private final AtomicInteger handed = new AtomicInteger();

  /** A reader with the default limits that parses with this parser. */
  DocumentReader reader() {
    return new DocumentReader(IngestLimits.DEFAULTS, TikaConfig.getDefaultConfig(), this);
  }

  /** How many documents this parser was handed so far. */
  int handed() {
    return handed.get();
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return parser.getSupportedTypes(context);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    handed.incrementAndGet();
    parser.parse(stream, handler, metadata, context);
  }
}
