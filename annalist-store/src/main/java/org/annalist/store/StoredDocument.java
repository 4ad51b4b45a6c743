package org.annalist.store;

import java.time.Instant;
import java.util.List;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;

/**
 * A document as the store holds it: the document, its flags, and how it was analyzed.
 *
 * @param paths every path at which a file with these bytes was found, first the document's own
 */
public record StoredDocument(
    Document document,
    DocumentFlags flags,
    String pipeline,
    String runId,
    Instant analyzedAt,
    List<String> paths) {
  public StoredDocument {
    paths = List.copyOf(paths);
  }
}
