package org.annalist.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a file format itself says about a document, as raw strings, before {@link MetadataSniffer}
 * weighs it against the text.
 *
 * @param title the format's title property (HTML {@code <title>}, {@code dc:title}), if any
 * @param siteName the site or publisher the format names ({@code og:site_name}, {@code
 *     dc:publisher}), if any
 * @param publishedValues values of properties that state a publication date (e.g. {@code
 *     article:published_time}), most specific first
 * @param createdValues values of the format's creation and modification dates ({@code
 *     dcterms:created}, {@code dcterms:modified}), used only when nothing better is known
 */
public record FormatMetadata(
    @Nullable String title,
    @Nullable String siteName,
    List<String> publishedValues,
    List<String> createdValues) {

  /** A format that says nothing, like plain text. */
  public static final FormatMetadata NONE = new FormatMetadata(null, null, List.of(), List.of());

  public FormatMetadata {
    publishedValues = List.copyOf(publishedValues);
    createdValues = List.copyOf(createdValues);
  }
}
