package org.annalist.ingest;

import java.util.Objects;
import org.annalist.model.Document;

/** A file that was read: its document. */
public record Ingested(Document document) implements IngestResult {

  public Ingested {
    Objects.requireNonNull(document, "document");
  }

  @Override
  public String path() {
    return document.sourcePath();
  }
}
