package org.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.annalist.store.AnnalistStore;

/**
 * What a store that another process may be writing holds right now, read with plain SQL so that
 * looking neither creates nor migrates it.
 *
 * @param documents stored documents
 * @param linkingPending whether the documents changed since entities and timeline were linked
 * @param finishedRuns runs that recorded their end
 */
record StoreProbe(int documents, boolean linkingPending, int finishedRuns) {
  /** A store that does not exist yet, or whose schema is still being created. */
  static final StoreProbe NOTHING = new StoreProbe(0, true, 0);

  static StoreProbe of(Path store) {
    Path database = store.resolve(AnnalistStore.DATABASE_FILE);
    if (!Files.exists(database)) {
      return NOTHING;
    }
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 30000");
      return new StoreProbe(
          count(statement, "SELECT count(*) FROM documents"),
          count(
                  statement,
                  "SELECT count(DISTINCT value) FROM meta WHERE key IN ('generation', 'linked_generation')")
              > 1,
          count(statement, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"));
    } catch (SQLException stillBeingCreated) {
      return NOTHING;
    }
  }

  private static int count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
