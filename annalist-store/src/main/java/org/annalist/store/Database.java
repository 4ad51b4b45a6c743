package org.annalist.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;

/**
 * Connections to one SQLite file. Every call gets its own connection (cheap for SQLite), in WAL
 * mode so readers never block the writer and never see an uncommitted document; each read is one
 * transaction, so it sees one committed state throughout. Writes within
 * this process are serialized; across processes SQLite's {@code BEGIN IMMEDIATE} and busy
 * timeout serialize them.
 *
 * <p>A database on a medium this process cannot write (a read-only folder or file system) is
 * opened {@linkplain Access#IMMUTABLE immutable}: SQLite then needs none of the files WAL mode
 * keeps beside the database, which it could not create there, and writes nothing.
 */
final class Database {
  private static final int BUSY_TIMEOUT_MS = 30_000;

  /** How the file is opened. */
  enum Access {
    /** Read and written, in WAL mode. */
    READ_WRITE,
    /** Read only, on a medium nobody writes: no lock, no WAL files, no write. */
    IMMUTABLE
  }

  private final Path file;
  private final String url;
  private final Access access;
  private final List<String> pragmas;
  private final ReentrantLock writeLock = new ReentrantLock();

  Database(Path file) {
    this(file, Access.READ_WRITE, List.of());
  }

  /**
   * @param pragmas statements run on each new connection after the standard ones, for tests
   *     that need SQLite to behave as on a full disk ({@code PRAGMA max_page_count})
   */
  Database(Path file, Access access, List<String> pragmas) {
    this.file = file;
    this.access = access;
    this.pragmas = List.copyOf(pragmas);
    this.url = access == Access.IMMUTABLE
        ? "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro&immutable=1"
        : "jdbc:sqlite:" + file.toAbsolutePath();
  }

  Path file() {
    return file;
  }

  Access access() {
    return access;
  }

  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      statement.execute("PRAGMA foreign_keys = ON");
      if (access == Access.READ_WRITE) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL");
      }
      for (String pragma : pragmas) {
        statement.execute(pragma);
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
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
      throw new StoreException("cannot read the store " + file + ": " + explain(e), e);
    }
  }

  /** Work that reads and returns nothing, in one read transaction, as {@link #read(SqlFunction)}. */
  void runRead(SqlWork work) {
    read(connection -> {
      work.run(connection);
      return Boolean.TRUE; // unused: the work has no result
    });
  }

  /**
   * Work that writes, all or nothing: one transaction, rolled back if anything fails. The failure
   * that stopped the work is the one reported: when SQLite has already rolled the transaction
   * back itself (as it does on a full disk), the failed {@code ROLLBACK} is only added to it.
   */
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
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write the store " + file + ": " + explain(e), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Work that writes and returns nothing, all or nothing, as {@link #write(SqlFunction)}. */
  void runWrite(SqlWork work) {
    write(connection -> {
      work.run(connection);
      return Boolean.TRUE; // unused: the work has no result
    });
  }

  /** What went wrong, in words a user acts on for the failures a user can fix. */
  static String explain(SQLException e) {
    int code = e.getErrorCode() & 0xFF;
    if (code == SQLiteErrorCode.SQLITE_FULL.code) {
      return "the disk is full (SQLite: " + e.getMessage()
          + "); free some space and run again: nothing was"
          + " half-written, the store holds what it held before this change";
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
      return "the store cannot be written here (SQLite: " + e.getMessage() + ")";
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return "the store's database is damaged (SQLite: " + e.getMessage()
          + "); analyze the folders into a new" + " --store";
    }
    return String.valueOf(e.getMessage());
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Work on a connection that returns nothing and may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlWork {
    void run(Connection connection) throws SQLException;
  }
}
