package org.annalist.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Connections to one SQLite file. Every call gets its own connection (cheap for SQLite), in WAL
 * mode so readers never block the writer and never see an uncommitted document; each read is one
 * transaction, so it sees one committed state throughout. Writes within
 * this process are serialized; across processes SQLite's {@code BEGIN IMMEDIATE} and busy
 * timeout serialize them.
 */
final class Database {
  private static final int BUSY_TIMEOUT_MS = 30_000;

  private final Path file;
  private final String url;
  private final ReentrantLock writeLock = new ReentrantLock();

  Database(Path file) {
    this.file = file;
    this.url = "jdbc:sqlite:" + file.toAbsolutePath();
  }

  Path file() {
    return file;
  }

  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      statement.execute("PRAGMA foreign_keys = ON");
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA synchronous = NORMAL");
    }
    return connection;
  }

  /**
   * Work that reads, in one read transaction: every statement of it sees the same snapshot, so
   * work that reads a document in several statements never mixes two states of the store
   * (issue 9: a document listed by a reader while a writer saved it came without its flags).
   */
  <T> T read(SqlFunction<T> work) {
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try {
        return work.apply(connection);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    }
  }

  /** Work that writes, all or nothing: one transaction, rolled back if anything fails. */
  <T> T write(SqlFunction<T> work) {
    writeLock.lock();
    try (Connection connection = connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");
      }
      try {
        T result = work.apply(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute("COMMIT");
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ROLLBACK");
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write the store " + file + ": " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }
}
