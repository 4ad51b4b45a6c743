package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annalist.model.AnnotatedDocument;
import org.annalist.model.Annotation;
import org.annalist.model.AnnotationLayer;
import org.annalist.model.Document;
import org.annalist.model.DocumentId;

/** The SQL that changes documents; every method runs inside the caller's transaction. */
final class DocumentWrites {
  private DocumentWrites() {}

  /**
   * Replaces the analysis of the document with this id, if any, by this one. The paths that hold
   * the document stay: the same bytes at another path, saved at the same moment by another thread
   * or earlier by another pipeline, keep their path (issue 9: a path was lost when two copies
   * were analyzed at once).
   */
  static void replaceDocument(
      Connection connection, AnnotatedDocument analysis, String pipeline, String runId)
      throws SQLException {
    Document document = analysis.document();
    String id = document.id().value();
    update(connection, "DELETE FROM annotations WHERE document_id = ?", id);
    update(connection, "DELETE FROM document_flags WHERE document_id = ?", id);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO documents (id, path, media_type, title, site, published, charset, text, layers,"
            + " pipeline, run_id, analyzed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET path = excluded.path, media_type = excluded.media_type,"
            + " title = excluded.title, site = excluded.site, published = excluded.published,"
            + " charset = excluded.charset, text = excluded.text, layers = excluded.layers,"
            + " pipeline = excluded.pipeline, run_id = excluded.run_id, analyzed_at = excluded.analyzed_at")) {
      insert.setString(1, id);
      insert.setString(2, document.sourcePath());
      insert.setString(3, document.mediaType());
      insert.setString(4, document.metadata().title());
      insert.setString(5, document.metadata().site());
      insert.setString(
          6, document.metadata().publishedIfKnown().map(Object::toString).orElse(null));
      insert.setString(7, document.metadata().charset());
      insert.setString(8, document.text());
      insert.setString(
          9,
          analysis.layers().keySet().stream()
              .map(Object::toString)
              .collect(Collectors.joining(",")));
      insert.setString(10, pipeline);
      insert.setString(11, runId);
      insert.setString(12, Instant.now().toString());
      insert.executeUpdate();
    }
    insertAnnotations(connection, id, analysis.layers());
    insertFlags(connection, id, analysis.flags().countsByName());
  }

  private static void insertAnnotations(
      Connection connection, String id, Map<?, AnnotationLayer> layers) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO annotations (document_id, layer, start_offset, end_offset, value, stage, stage_version,"
            + " run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AnnotationLayer layer : layers.values()) {
        for (Annotation annotation : layer.annotations()) {
          insert.setString(1, id);
          insert.setString(2, layer.name().value());
          insert.setInt(3, annotation.span().start());
          insert.setInt(4, annotation.span().end());
          insert.setString(5, annotation.value());
          insert.setString(6, annotation.provenance().stage());
          insert.setString(7, annotation.provenance().version());
          insert.setString(8, annotation.provenance().run());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void insertFlags(Connection connection, String id, Map<String, Integer> flags)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO document_flags (document_id, flag, count) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Integer> flag : flags.entrySet()) {
        insert.setString(1, id);
        insert.setString(2, flag.getKey());
        insert.setInt(3, flag.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Points the path at the document and clears any failure recorded for the path. The document
   * the path held before is deleted if no other path holds it; otherwise its own path moves to one
   * that still holds it.
   */
  static void pointPath(Connection connection, String path, DocumentId id) throws SQLException {
    Optional<String> previous = documentAt(connection, path);
    update(
        connection,
        "INSERT INTO sources (path, document_id) VALUES (?, ?)"
            + " ON CONFLICT (path) DO UPDATE SET document_id = excluded.document_id",
        path,
        id.value());
    update(connection, "DELETE FROM failures WHERE path = ?", path);
    if (previous.isPresent() && !previous.get().equals(id.value())) {
      forgetIfUnreferenced(connection, previous.get());
    }
  }

  /**
   * Makes the first of the paths that hold the document its own path, so that which copy of the
   * same bytes was saved last does not matter.
   */
  static void settlePath(Connection connection, String documentId) throws SQLException {
    update(
        connection,
        "UPDATE documents SET path = (SELECT min(path) FROM sources WHERE document_id = ?)"
            + " WHERE id = ?",
        documentId,
        documentId);
  }

  /** Removes a path; its document goes too unless another path still holds it. */
  static void removePath(Connection connection, String path) throws SQLException {
    Optional<String> previous = documentAt(connection, path);
    update(connection, "DELETE FROM sources WHERE path = ?", path);
    if (previous.isPresent()) {
      forgetIfUnreferenced(connection, previous.get());
    }
  }

  private static void forgetIfUnreferenced(Connection connection, String documentId)
      throws SQLException {
    update(
        connection,
        "DELETE FROM documents WHERE id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM sources WHERE document_id = ?)",
        documentId,
        documentId);
    update(
        connection,
        "UPDATE documents SET path = (SELECT min(path) FROM sources WHERE document_id = ?)"
            + " WHERE id = ? AND path NOT IN (SELECT path FROM sources WHERE document_id = ?)",
        documentId,
        documentId,
        documentId);
  }

  static void recordFailure(
      Connection connection, String path, String reason, String message, String runId)
      throws SQLException {
    update(
        connection,
        "INSERT INTO failures (path, reason, message, run_id) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (path) DO UPDATE SET reason = excluded.reason, message = excluded.message,"
            + " run_id = excluded.run_id",
        path,
        reason,
        message,
        runId);
  }

  static Optional<String> documentAt(Connection connection, String path) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT document_id FROM sources WHERE path = ?")) {
      query.setString(1, path);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
