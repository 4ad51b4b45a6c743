package org.annalist.model;

import static org.annalist.model.Checks.requireArgument;

import java.util.Objects;

/**
 * A document: its identity, where it came from, and its text, held once and never changed.
 *
 * <p>Everything Annalist learns about a document is a stand-off {@link Annotation} over this
 * text. A quote shown to a user is always {@code text().substring(start, end)}.
 *
 * @param id SHA-256 of the source file's bytes
 * @param sourcePath the path the file was read from, as given
 * @param mediaType the detected media type, e.g. {@code text/plain}
 * @param text the extracted text (for plain text, exactly as decoded)
 * @param metadata title, site, publication date and charset, where known
 */
public record Document(
    DocumentId id, String sourcePath, String mediaType, String text, DocumentMetadata metadata) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    requireArgument(!sourcePath.isBlank(), "source path must not be blank");
    requireArgument(!mediaType.isBlank(), "media type must not be blank");
  }

  /** A span of this document's text; throws if it does not fit. */
  public Span span(int start, int end) {
    Span span = Span.of(start, end);
    requireArgument(
        span.fits(text.length()),
        "span %s does not fit document %s (text length %s)",
        span,
        id.shortForm(),
        text.length());
    return span;
  }

  /** The exact text under a span. */
  public String quote(Span span) {
    return span.quote(text);
  }

  @Override
  public String toString() {
    return "Document[" + id.shortForm() + " " + sourcePath + ", " + text.length() + " chars]";
  }
}
