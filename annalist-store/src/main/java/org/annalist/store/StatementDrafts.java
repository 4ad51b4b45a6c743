package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements of one linking, written to the store as the linking reads the corpus, before its
 * timeline is built: in batches of {@value #BATCH}, each one transaction, under the linking's own
 * key, so that a large corpus's statements are never all held in memory. They become the store's
 * statements only when {@link AnnalistStore#replaceTimeline(StoredTimeline, StatementDrafts,
 * long)} moves them in, in the transaction that replaces the timeline; until then readers see the
 * statements of the timeline before. For one thread: a linking reads the corpus in order.
 */
public final class StatementDrafts {
  /** How many statements one transaction writes ahead. */
  static final int BATCH = 1000;

  private final Database database;
  private final String linking = UUID.randomUUID().toString();
  private final List<StoredTimeline.Item> pending = new ArrayList<>();
  private int written;
  private boolean moved;

  /**
   * Drafts of a new linking. What a killed linking drafted is cleared first: only one linking of a
   * store runs at a time (the timeline is replaced as a whole), and one that overlapped this one
   * would find its drafts gone and fail instead of storing part of its statements.
   */
  StatementDrafts(Database database) {
    this.database = database;
    database.runWrite(connection -> {
      DocumentWrites.update(connection, "DELETE FROM statement_drafts");
    });
  }

  /**
   * Adds a statement: its id, its sort key (statements are listed by it) and its JSON in the shape
   * of {@code annalist-export/1}'s {@code statements[]}, with {@code document}, {@code start},
   * {@code end} and {@code why}.
   */
  public void add(StoredTimeline.Item statement) {
    if (moved) {
      throw new IllegalStateException("these statements are already stored; start new drafts");
    }
    pending.add(statement);
    if (pending.size() >= BATCH) {
      database.runWrite(this::writePending);
    }
  }

  /** How many statements were added. */
  public int size() {
    return written + pending.size();
  }

  /**
   * Within the caller's transaction: writes what is pending, replaces the stored statements by
   * every draft of this linking, and clears the drafts.
   *
   * @throws StoreException if drafts of this linking are missing: another linking cleared them
   */
  void moveIn(Connection connection) throws SQLException {
    writePending(connection);
    DocumentWrites.update(connection, "DELETE FROM timeline_statements");
    int stored = DocumentWrites.update(
        connection,
        "INSERT INTO timeline_statements"
            + " (id, sort_key, document_id, start_offset, end_offset, why, body)"
            + " SELECT id, sort_key, json_extract(body, '$.document'), json_extract(body, '$.start'),"
            + " json_extract(body, '$.end'), json_extract(body, '$.why'), body"
            + " FROM statement_drafts WHERE linking = ?",
        linking);
    DocumentWrites.update(connection, "DELETE FROM statement_drafts WHERE linking = ?", linking);
    if (stored != written) {
      throw new StoreException(String.format(
          "%d of this linking's %d statements are gone from the store's drafts: another linking of"
              + " the same store ran at the same time; run the analysis again",
          written - stored, written));
    }
    moved = true;
  }

  private void writePending(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO statement_drafts (linking, id, sort_key, body) VALUES (?, ?, ?, ?)")) {
      for (StoredTimeline.Item item : pending) {
        insert.setString(1, linking);
        insert.setString(2, item.id());
        insert.setString(3, item.sortKey());
        insert.setString(4, item.json());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    written += pending.size();
    pending.clear();
  }
}
