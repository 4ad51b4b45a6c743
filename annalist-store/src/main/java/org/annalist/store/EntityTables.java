package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.DocumentId;
import org.annalist.model.Span;

/** The SQL of the entity tables. */
final class EntityTables {
  private EntityTables() {}

  static void replaceAll(Connection connection, List<StoredEntity> entities) throws SQLException {
    DocumentWrites.update(connection, "DELETE FROM entities");
    try (PreparedStatement entity = connection.prepareStatement("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)");
         PreparedStatement alias = connection.prepareStatement("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)");
         PreparedStatement mention = connection.prepareStatement(
             "INSERT OR IGNORE INTO entity_mentions (entity_id, document_id, start_offset, end_offset) VALUES (?, ?, ?, ?)");
         PreparedStatement merge = connection.prepareStatement(
             "INSERT INTO entity_merges (entity_id, alias, canonical, rule, score, explanation) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (StoredEntity stored : entities) {
        entity.setString(1, stored.id());
        entity.setString(2, stored.name());
        entity.setString(3, stored.type());
        entity.addBatch();
        for (String name : stored.aliases()) {
          alias.setString(1, stored.id());
          alias.setString(2, name);
          alias.addBatch();
        }
        for (StoredEntity.Mention m : stored.mentions()) {
          mention.setString(1, stored.id());
          mention.setString(2, m.document().value());
          mention.setInt(3, m.span().start());
          mention.setInt(4, m.span().end());
          mention.addBatch();
        }
        for (StoredEntity.Merge m : stored.merges()) {
          merge.setString(1, stored.id());
          merge.setString(2, m.alias());
          merge.setString(3, m.canonical());
          merge.setString(4, m.rule());
          merge.setDouble(5, m.score());
          merge.setString(6, m.explanation());
          merge.addBatch();
        }
      }
      entity.executeBatch();
      alias.executeBatch();
      mention.executeBatch();
      merge.executeBatch();
    }
  }

  static List<StoredEntity> readAll(Connection connection) throws SQLException {
    Map<String, String[]> heads = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT id, name, type FROM entities ORDER BY id");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        heads.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
      }
    }
    Map<String, List<String>> aliases = grouped(connection, "SELECT entity_id, alias FROM entity_aliases ORDER BY alias");
    Map<String, List<StoredEntity.Mention>> mentions = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT m.entity_id, m.document_id, m.start_offset, m.end_offset FROM entity_mentions m"
            + " JOIN documents d ON d.id = m.document_id ORDER BY d.path, m.start_offset");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        mentions.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new StoredEntity.Mention(
            DocumentId.of(rows.getString(2)), Span.of(rows.getInt(3), rows.getInt(4))));
      }
    }
    Map<String, List<StoredEntity.Merge>> merges = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT entity_id, alias, canonical, rule, score, explanation FROM entity_merges ORDER BY alias, rule");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        merges.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new StoredEntity.Merge(
            rows.getString(2), rows.getString(3), rows.getString(4), rows.getDouble(5), rows.getString(6)));
      }
    }
    List<StoredEntity> entities = new ArrayList<>();
    heads.forEach((id, head) -> entities.add(new StoredEntity(id, head[0], head[1],
        aliases.getOrDefault(id, List.of()), mentions.getOrDefault(id, List.of()), merges.getOrDefault(id, List.of()))));
    return entities;
  }

  private static Map<String, List<String>> grouped(Connection connection, String sql) throws SQLException {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        grouped.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return grouped;
  }
}
