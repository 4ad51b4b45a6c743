package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The SQL that replaces the timeline tables as a whole, inside the caller's transaction. */
final class TimelineWrites {
  private TimelineWrites() {}

  static void replaceAll(Connection connection, StoredTimeline timeline) throws SQLException {
    replaceItems(connection, StoredTimeline.Table.EVENTS, timeline.events());
    replaceItems(connection, StoredTimeline.Table.CONFLICTS, timeline.conflicts());
    replaceItems(connection, StoredTimeline.Table.PROFILES, timeline.profiles());
  }

  private static void replaceItems(Connection connection, StoredTimeline.Table table, List<StoredTimeline.Item> items)
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
