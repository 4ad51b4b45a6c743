package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The counters in the {@code meta} table: {@value #GENERATION}, bumped by every change to the
 * documents or the paths that hold them, and {@value #LINKED_GENERATION}, the generation the
 * entities and the timeline were last linked from ({@value #NEVER_LINKED} when linking is owed
 * for another reason). Every method runs inside the caller's connection or transaction.
 */
final class StoreMeta {
  static final String GENERATION = "generation";
  static final String LINKED_GENERATION = "linked_generation";
  static final long NEVER_LINKED = -1;

  private StoreMeta() {}

  static long read(Connection connection, String key) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new StoreException(
              "the store has no '" + key + "' in its meta table; it is damaged");
        }
        return Long.parseLong(rows.getString(1));
      }
    }
  }

  static void bumpGeneration(Connection connection) throws SQLException {
    DocumentWrites.update(
        connection, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ?", GENERATION);
  }

  static void recordLinked(Connection connection, long generation) throws SQLException {
    DocumentWrites.update(
        connection,
        "UPDATE meta SET value = ? WHERE key = ?",
        String.valueOf(generation),
        LINKED_GENERATION);
  }

  static void markLinkingPending(Connection connection) throws SQLException {
    recordLinked(connection, NEVER_LINKED);
  }

  static boolean isLinkingPending(Connection connection) throws SQLException {
    return read(connection, GENERATION) != read(connection, LINKED_GENERATION);
  }
}
