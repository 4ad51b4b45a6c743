package org.annalist.testsupport;

import java.nio.charset.StandardCharsets;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;

/** Documents built by hand for tests, without reading files or loading models. */
public final class TestDocuments {
  private TestDocuments() {}

  /** A plain-text document of this text, read from {@code test.txt}, its id the hash of the text. */
  public static Document of(String text) {
    return of("test.txt", text);
  }

  /** A plain-text document of this text, read from this path, its id the hash of the text. */
  public static Document of(String path, String text) {
    return new Document(
        DocumentId.ofBytes(text.getBytes(StandardCharsets.UTF_8)),
        path,
        "text/plain",
        text,
        DocumentMetadata.EMPTY);
  }
}
