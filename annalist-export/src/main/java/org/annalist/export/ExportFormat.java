package org.annalist.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annalist.store.AnnalistStore;

/** The formats a store can be exported in, by the name users type, each with the class that writes it. */
public enum ExportFormat {
  /** {@code annalist-export/1}, the contract, see docs/EXPORT.md. */
  JSON("json", "application/json", ".json", JsonExport::write),
  /**
   * A zip of CSV tables: documents, entities, aliases, events, their entities, attestations,
   * conflicts, claims, statements.
   */
  CSV(CsvExport.NAME, "application/zip", ".csv.zip", CsvExport::write),
  /** A Knight Lab TimelineJS3 JSON file. */
  TIMELINEJS(TimelineJsExport.NAME, "application/json", ".timeline.json", TimelineJsExport::write),
  /** The entity–event graph as GraphML, for Gephi. */
  GRAPHML(GraphMlExport.NAME, "application/graphml+xml", ".graphml", GraphMlExport::write),
  /** JSON-LD in the Simple Event Model with PROV-O and Web Annotation provenance. */
  JSONLD(JsonLdExport.NAME, "application/ld+json", ".jsonld", JsonLdExport::write);

  private final String name;
  private final String mediaType;
  private final String extension;
  private final Writer writer;

  ExportFormat(String name, String mediaType, String extension, Writer writer) {
    this.name = name;
    this.mediaType = mediaType;
    this.extension = extension;
    this.writer = writer;
  }

  /** The format with this name, or an exception listing the names there are. */
  public static ExportFormat named(String name) {
    for (ExportFormat format : values()) {
      if (format.name.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + name + "'; known formats: " + names());
  }

  /** The names of every format, comma-separated, for help and error messages. */
  public static String names() {
    return Arrays.stream(values()).map(ExportFormat::formatName).collect(Collectors.joining(", "));
  }

  /**
   * Writes the store in this format to the stream, which stays open.
   *
   * @throws ExportException when the output fails
   */
  public void write(AnnalistStore store, OutputStream out) {
    writer.write(store, out);
  }

  public String formatName() {
    return name;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  @Override
  public String toString() {
    return name;
  }

  /** What writes a format. */
  @FunctionalInterface
  private interface Writer {
    void write(AnnalistStore store, OutputStream out);
  }
}
