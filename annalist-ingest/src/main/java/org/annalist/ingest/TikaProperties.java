package org.annalist.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;

/** Reads the properties Annalist uses out of Tika's metadata for a parsed file. */
final class TikaProperties {
  /** Property names (compared without case) that state when a document was published. */
  private static final List<String> PUBLISHED_KEYS = List.of(
      "article:published_time",
      "og:published_time",
      "datepublished",
      "date-published",
      "pubdate",
      "publishdate",
      "publish-date",
      "publish_date",
      "publication_date",
      "citation_publication_date",
      "citation_date",
      "dc.date.issued",
      "dcterms.issued",
      "dcterms:issued",
      "dc.date",
      "dc:date",
      "date",
      "sailthru.date",
      "parsely-pub-date");

  private static final List<String> CREATED_KEYS = List.of(
      TikaCoreProperties.CREATED.getName(),
      "article:modified_time",
      TikaCoreProperties.MODIFIED.getName());

  private static final List<String> SITE_KEYS =
      List.of("og:site_name", TikaCoreProperties.PUBLISHER.getName());

  private TikaProperties() {}

  static FormatMetadata formatMetadata(Metadata metadata) {
    return new FormatMetadata(
        first(metadata, List.of(TikaCoreProperties.TITLE.getName(), "og:title")),
        first(metadata, SITE_KEYS),
        all(metadata, PUBLISHED_KEYS),
        all(metadata, CREATED_KEYS));
  }

  /** The character set the parser decoded the file from, for text-based formats like HTML. */
  static @Nullable String charset(Metadata metadata) {
    String encoding = metadata.get(Metadata.CONTENT_ENCODING);
    return encoding == null || encoding.isBlank() ? null : encoding.strip();
  }

  private static @Nullable String first(Metadata metadata, List<String> keys) {
    List<String> values = all(metadata, keys);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The non-blank values of the keys, in the order of the keys; keys are matched without case. */
  private static List<String> all(Metadata metadata, List<String> keys) {
    List<String> values = new ArrayList<>();
    for (String key : keys) {
      for (String name : metadata.names()) {
        if (name.toLowerCase(Locale.ROOT).equals(key)) {
          for (String value : metadata.getValues(name)) {
            if (value != null && !value.isBlank()) {
              values.add(value.strip());
            }
          }
        }
      }
    }
    return values;
  }
}
