package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a store's schema to the current version. The version is SQLite's {@code user_version};
 * migration {@code n} is the resource {@code schema-n.sql}, applied in one transaction.
 */
final class SchemaMigrations {
  /** The schema version this build reads and writes. */
  static final int CURRENT_VERSION = 7;

  private SchemaMigrations() {}

  static void migrate(Database database) {
    int version = database.read(SchemaMigrations::version);
    if (version > CURRENT_VERSION) {
      throw new StoreException(String.format(
          "the store %s has schema version %d, newer than this Annalist understands (%d); "
              + "use a newer Annalist or another --store",
          database.file(), version, CURRENT_VERSION));
    }
    for (int next = version + 1; next <= CURRENT_VERSION; next++) {
      int target = next;
      database.runWrite(connection -> {
        apply(connection, script(target));
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA user_version = " + target);
        }
      });
    }
  }

  /**
   * Checks that a store that will not be written has the schema this build reads.
   *
   * @throws StoreException if its schema is older or newer
   */
  static void requireCurrent(Database database) {
    int version = database.read(SchemaMigrations::version);
    if (version != CURRENT_VERSION) {
      throw new StoreException(String.format(
          "the store %s has schema version %d and this Annalist reads %d; it is read-only here, so it cannot be"
              + " upgraded: %s",
          database.file(),
          version,
          CURRENT_VERSION,
          version < CURRENT_VERSION
              ? "open a writable copy of it once (annalist analyze or serve upgrades it)"
              : "use a newer Annalist"));
    }
  }

  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static void apply(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\\s*\\n")) {
        String withoutComments = sql.replaceAll("(?m)^--.*$", "").strip();
        if (!withoutComments.isEmpty()) {
          statement.execute(withoutComments);
        }
      }
    }
  }

  private static String script(int version) {
    String name = "schema-" + version + ".sql";
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new StoreException("schema migration " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read schema migration " + name, e);
    }
  }
}
