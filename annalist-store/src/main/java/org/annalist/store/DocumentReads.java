package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentFlags;
import org.annalist.model.DocumentId;
import org.annalist.model.DocumentMetadata;
import org.annalist.model.FlagName;
import org.annalist.model.LayerName;
import org.annalist.model.Provenance;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/** The SQL that reads documents back into model objects. */
final class DocumentReads {
  static final String DOCUMENT_COLUMNS =
      "id, path, media_type, title, site, published, charset, text, pipeline, run_id, analyzed_at";

  private DocumentReads() {}

  static StoredDocument storedDocument(Connection connection, ResultSet row) throws SQLException {
    String id = row.getString("id");
    Document document = new Document(
        DocumentId.of(id),
        row.getString("path"),
        row.getString("media_type"),
        row.getString("text"),
        new DocumentMetadata(
            row.getString("title"),
            row.getString("site"),
            date(row.getString("published")),
            row.getString("charset")));
    return new StoredDocument(
        document,
        flags(connection, id),
        row.getString("pipeline"),
        row.getString("run_id"),
        Instant.parse(row.getString("analyzed_at")),
        paths(connection, id, document.sourcePath()));
  }

  static DocumentSummary summary(ResultSet row, DocumentFlags flags) throws SQLException {
    return new DocumentSummary(
        DocumentId.of(row.getString("id")),
        row.getString("path"),
        row.getString("media_type"),
        row.getString("title"),
        row.getString("site"),
        date(row.getString("published")),
        row.getInt("length"),
        flags);
  }

  static DocumentFlags flags(Connection connection, String id) throws SQLException {
    Map<FlagName, Integer> counts = new TreeMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT flag, count FROM document_flags WHERE document_id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(FlagName.of(rows.getString(1)), rows.getInt(2));
        }
      }
    }
    return DocumentFlags.of(counts);
  }

  /** Flags of every document, by id, in one query. */
  static Map<String, DocumentFlags> allFlags(Connection connection) throws SQLException {
    Map<String, Map<FlagName, Integer>> counts = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT document_id, flag, count FROM document_flags");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counts
            .computeIfAbsent(rows.getString(1), id -> new TreeMap<>())
            .put(FlagName.of(rows.getString(2)), rows.getInt(3));
      }
    }
    Map<String, DocumentFlags> flags = new HashMap<>();
    counts.forEach((id, byFlag) -> flags.put(id, DocumentFlags.of(byFlag)));
    return flags;
  }

  /** The layers recorded for the document, each with its annotations (possibly none). */
  static List<AnnotationLayer> layers(Connection connection, String id, String layerNames)
      throws SQLException {
    Map<String, List<Annotation>> byLayer = new TreeMap<>();
    for (String name : layerNames.split(",")) {
      if (!name.isEmpty()) {
        byLayer.put(name, new ArrayList<>());
      }
    }
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT layer, start_offset, end_offset, value, stage, stage_version, run_id FROM annotations"
            + " WHERE document_id = ? ORDER BY layer, start_offset, end_offset")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byLayer
              .computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
              .add(new Annotation(
                  Span.of(rows.getInt(2), rows.getInt(3)),
                  rows.getString(4),
                  new Provenance(rows.getString(5), rows.getString(6), rows.getString(7))));
        }
      }
    }
    List<AnnotationLayer> layers = new ArrayList<>();
    byLayer.forEach(
        (name, annotations) -> layers.add(new AnnotationLayer(LayerName.of(name), annotations)));
    return layers;
  }

  private static List<String> paths(Connection connection, String id, String ownPath)
      throws SQLException {
    List<String> paths = new ArrayList<>();
    paths.add(ownPath);
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT path FROM sources WHERE document_id = ? ORDER BY path")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (!rows.getString(1).equals(ownPath)) {
            paths.add(rows.getString(1));
          }
        }
      }
    }
    return paths;
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    return value == null ? null : LocalDate.parse(value);
  }
}
