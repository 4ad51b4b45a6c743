package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** The SQL of the timeline tables; every method runs inside the caller's connection or transaction. */
final class TimelineTables {
  private TimelineTables() {}

  /**
   * Replaces every event, conflict and profile by the timeline's, and the table of where each
   * document attests each event, which is derived from the events.
   */
  static void replaceAll(Connection connection, StoredTimeline timeline) throws SQLException {
    DocumentWrites.update(connection, "DELETE FROM timeline_attestations");
    replace(connection, StoredTimeline.Table.EVENTS, timeline.events());
    replace(connection, StoredTimeline.Table.CONFLICTS, timeline.conflicts());
    replace(connection, StoredTimeline.Table.PROFILES, timeline.profiles());
    DocumentWrites.update(
        connection,
        "INSERT INTO timeline_attestations (document_id, event_id, start_offset, end_offset)"
            + " SELECT json_extract(a.value, '$.document'), e.id, json_extract(a.value, '$.start'),"
            + " json_extract(a.value, '$.end') FROM timeline_events e, json_each(e.body, '$.attestations') a");
  }

  /** Visits the items of a table as JSON, by sort key, one at a time. */
  static void forEach(Connection connection, StoredTimeline.Table table, Consumer<String> visitor)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
            "SELECT body FROM " + table.sql + " ORDER BY sort_key, id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        visitor.accept(rows.getString(1));
      }
    }
  }

  private static void replace(
      Connection connection, StoredTimeline.Table table, List<StoredTimeline.Item> items)
      throws SQLException {
    DocumentWrites.update(connection, "DELETE FROM " + table.sql);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + table.sql + " (id, sort_key, body) VALUES (?, ?, ?)")) {
      for (StoredTimeline.Item item : items) {
        insert.setString(1, item.id());
        insert.setString(2, item.sortKey());
        insert.setString(3, item.json());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
