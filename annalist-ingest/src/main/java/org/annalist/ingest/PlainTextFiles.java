package org.annalist.ingest;

import java.nio.file.Path;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;

/**
 * Reads a file as plain text without setting up Tika's parsers, for commands that must start
 * fast (such as {@code annalist timex}). The text is exactly the decoded file, as with
 * {@link DocumentReader}; binary and undecodable files are failures with the same reasons.
 */
public final class PlainTextFiles {
  private PlainTextFiles() {}

  /** The file as a plain-text document, or a failure saying why not; never throws for a bad file. */
  public static IngestResult read(Path file, IngestLimits limits) {
    String path = file.toString();
    try {
      byte[] bytes = FileLoader.load(file, limits.maxFileBytes());
      DecodedText decoded = PlainTextReader.read(bytes, limits);
      DocumentMetadata metadata =
          MetadataSniffer.sniff(decoded.text(), FormatMetadata.NONE, decoded.charset());
      return new Ingested(
          new Document(DocumentId.ofBytes(bytes), path, "text/plain", decoded.text(), metadata));
    } catch (IngestFailedException e) {
      return new IngestFailure(path, e.reason(), e.getMessage());
    }
  }
}
