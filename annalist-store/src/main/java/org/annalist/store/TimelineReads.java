package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * The SQL that reads the timeline tables. Items are stored as JSON; filters look into it with
 * SQLite's JSON functions, so nothing is parsed in Java and every list is read a page at a time.
 */
final class TimelineReads {
  private static final String SUMMARY_COLUMNS =
      "id, json_extract(body, '$.summary'), json_extract(body, '$.status'),"
          + " json_extract(body, '$.time.value'), json_extract(body, '$.time.earliest'), json_extract(body, '$.time.latest'),"
          + " (SELECT count(DISTINCT json_extract(a.value, '$.document')) FROM json_each(body, '$.attestations') a),"
          + " coalesce(json_extract(body, '$.fiction'), 0),"
          + " coalesce(json_extract(body, '$.title'), json_extract(body, '$.summary')),"
          + " coalesce(json_extract(body, '$.type'), 'other'), coalesce(json_extract(body, '$.importance'), 0)";

  private TimelineReads() {}

  static SqlConditions eventConditions(EventFilter filter) {
    return new SqlConditions()
        .add(
            "json_extract(body, '$.status') = ?",
            filter.status() == null ? null : filter.status().label())
        .add(
            "(EXISTS (SELECT 1 FROM json_each(body, '$.participants') p WHERE p.value = ?)"
                + " OR EXISTS (SELECT 1 FROM json_each(body, '$.places') p WHERE p.value = ?))",
            filter.entity())
        .add(
            "EXISTS (SELECT 1 FROM json_each(body, '$.attestations') a WHERE json_extract(a.value, '$.document') = ?)",
            filter.source() == null ? null : filter.source().value())
        .add(
            "json_extract(body, '$.time.latest') >= ?",
            filter.from() == null ? null : filter.from().toString())
        .add(
            "json_extract(body, '$.time.earliest') <= ?",
            filter.to() == null ? null : filter.to().toString());
  }

  static SqlConditions conflictConditions(@Nullable String kind, @Nullable String event) {
    return new SqlConditions()
        .add("json_extract(body, '$.kind') = ?", kind)
        .add("json_extract(body, '$.event') = ?", event);
  }

  /** Statements are filtered by the columns kept beside their JSON, through an index. */
  static SqlConditions statementConditions(StatementFilter filter) {
    return new SqlConditions()
        .add(
            "document_id = ?",
            filter.document() == null ? null : filter.document().value())
        .add("why = ?", filter.why());
  }

  /** One page of the items of a table that meet the conditions, as JSON, in list order. */
  static ItemPage<String> page(
      Connection connection,
      StoredTimeline.Table table,
      SqlConditions conditions,
      int offset,
      int limit)
      throws SQLException {
    List<String> items = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT body FROM " + table.sql
        + conditions.where() + " ORDER BY sort_key, id LIMIT ? OFFSET ?")) {
      int next = conditions.bind(query);
      query.setInt(next, limit);
      query.setInt(next + 1, offset);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          items.add(rows.getString(1));
        }
      }
    }
    return new ItemPage<>(items, count(connection, table, conditions), offset, limit);
  }

  private static int count(
      Connection connection, StoredTimeline.Table table, SqlConditions conditions)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT count(*) FROM " + table.sql + conditions.where())) {
      conditions.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  static Optional<String> item(Connection connection, StoredTimeline.Table table, String id)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT body FROM " + table.sql + " WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  static void forEachSummary(
      Connection connection, EventFilter filter, Consumer<EventSummary> visitor)
      throws SQLException {
    SqlConditions conditions = eventConditions(filter);
    try (PreparedStatement query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
        + " FROM timeline_events" + conditions.where() + " ORDER BY sort_key, id")) {
      conditions.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          visitor.accept(new EventSummary(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              rows.getString(5),
              rows.getString(6),
              rows.getInt(7),
              rows.getBoolean(8),
              rows.getString(9),
              rows.getString(10),
              rows.getDouble(11)));
        }
      }
    }
  }

  static List<CoParticipant> coParticipants(Connection connection, String entity, int limit)
      throws SQLException {
    List<CoParticipant> found = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement("SELECT c.other, en.name, en.type, c.n FROM"
            + " (SELECT p2.value AS other, count(DISTINCT e.id) AS n FROM timeline_events e,"
            + " json_each(e.body, '$.participants') p1, json_each(e.body, '$.participants') p2"
            + " WHERE p1.value = ? AND p2.value <> ? GROUP BY p2.value) c"
            + " JOIN entities en ON en.id = c.other ORDER BY c.n DESC, c.other LIMIT ?")) {
      query.setString(1, entity);
      query.setString(2, entity);
      query.setInt(3, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new CoParticipant(
              rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
        }
      }
    }
    return found;
  }

  /** The events a document attests, with where: what the search index files each sentence under. */
  static List<AttestationRef> attestationsIn(Connection connection, DocumentId document)
      throws SQLException {
    List<AttestationRef> found = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement("SELECT e.id, json_extract(e.body, '$.status'),"
            + " json_extract(e.body, '$.time.earliest'), a.start_offset, a.end_offset"
            + " FROM timeline_attestations a JOIN timeline_events e ON e.id = a.event_id"
            + " WHERE a.document_id = ? ORDER BY a.start_offset, a.end_offset, e.id")) {
      query.setString(1, document.value());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new AttestationRef(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              org.annalist.model.Span.of(rows.getInt(4), rows.getInt(5))));
        }
      }
    }
    return found;
  }

  /** Where a document's sentences hold statements, by offset. */
  static List<StatementRef> statementsIn(Connection connection, DocumentId document)
      throws SQLException {
    List<StatementRef> found = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT start_offset, end_offset, why FROM timeline_statements WHERE document_id = ?"
            + " ORDER BY start_offset, end_offset, why")) {
      query.setString(1, document.value());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new StatementRef(
              org.annalist.model.Span.of(rows.getInt(1), rows.getInt(2)), rows.getString(3)));
        }
      }
    }
    return found;
  }
}
