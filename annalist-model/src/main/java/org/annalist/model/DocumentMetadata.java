package org.annalist.model;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a document beside its text.
 *
 * @param title the HTML title, the format's title property, or the first line of text
 * @param site the site or publisher the text names, if it names one
 * @param published the publication date the text or the format states, if any
 * @param charset the character set the text was decoded from, for text formats
 */
public record DocumentMetadata(
    @Nullable String title,
    @Nullable String site,
    @Nullable LocalDate published,
    @Nullable String charset) {

  public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null);

  public Optional<LocalDate> publishedIfKnown() {
    return Optional.ofNullable(published);
  }
}
