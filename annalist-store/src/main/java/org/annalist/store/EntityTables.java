package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.DocumentId;
import org.annalist.model.EntityType;
import org.annalist.model.KeptApart;
import org.annalist.model.Span;
import org.jspecify.annotations.Nullable;

/** The SQL of the entity tables. */
final class EntityTables {
  private EntityTables() {}

  static void replaceAll(Connection connection, List<StoredEntity> entities) throws SQLException {
    DocumentWrites.update(connection, "DELETE FROM entities");
    try (PreparedStatement entity =
            connection.prepareStatement("INSERT INTO entities (id, name, type) VALUES (?, ?, ?)");
        PreparedStatement alias = connection.prepareStatement(
            "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)");
        PreparedStatement mention = connection.prepareStatement(
            "INSERT OR IGNORE INTO entity_mentions (entity_id, document_id, start_offset, end_offset) VALUES (?, ?, ?, ?)");
        PreparedStatement merge = connection.prepareStatement(
            "INSERT INTO entity_merges (entity_id, alias, canonical, rule, score, explanation) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (StoredEntity stored : entities) {
        entity.setString(1, stored.id());
        entity.setString(2, stored.name());
        entity.setString(3, stored.type().name());
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
    return read(connection, new SqlConditions());
  }

  static Optional<StoredEntity> readOne(Connection connection, String id) throws SQLException {
    return read(connection, new SqlConditions().add("entity_id = ?", id)).stream()
        .findFirst();
  }

  private static List<StoredEntity> read(Connection connection, SqlConditions ofEntity)
      throws SQLException {
    Map<String, String[]> heads = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT id, name, type FROM (SELECT id AS entity_id, id, name, type FROM entities)"
            + ofEntity.where() + " ORDER BY id")) {
      ofEntity.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          heads.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
        }
      }
    }
    Map<String, List<String>> aliases = grouped(
        connection,
        "SELECT entity_id, alias FROM entity_aliases" + ofEntity.where() + " ORDER BY alias",
        ofEntity);
    Map<String, List<StoredEntity.Mention>> mentions = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT entity_id, document_id, start_offset, end_offset FROM (SELECT m.*, d.path FROM entity_mentions m"
            + " JOIN documents d ON d.id = m.document_id)" + ofEntity.where()
            + " ORDER BY path, start_offset")) {
      ofEntity.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          mentions
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(new StoredEntity.Mention(
                  DocumentId.of(rows.getString(2)), Span.of(rows.getInt(3), rows.getInt(4))));
        }
      }
    }
    Map<String, List<StoredEntity.Merge>> merges = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT entity_id, alias, canonical, rule, score, explanation FROM entity_merges"
            + ofEntity.where() + " ORDER BY alias, rule")) {
      ofEntity.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          merges
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(new StoredEntity.Merge(
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getDouble(5),
                  rows.getString(6)));
        }
      }
    }
    List<StoredEntity> entities = new ArrayList<>();
    heads.forEach((id, head) -> entities.add(new StoredEntity(
        id,
        head[0],
        EntityType.valueOf(head[1]),
        aliases.getOrDefault(id, List.of()),
        mentions.getOrDefault(id, List.of()),
        merges.getOrDefault(id, List.of()))));
    return entities;
  }

  /** One page of entities, most mentioned first; a type or a part of a name narrows the list. */
  static ItemPage<EntitySummary> summaries(
      Connection connection,
      @Nullable String type,
      @Nullable String nameContains,
      int offset,
      int limit)
      throws SQLException {
    SqlConditions conditions = new SqlConditions()
        .add("e.type = ?", type)
        .add(
            "(e.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id"
                + " AND a.alias LIKE ? ESCAPE '\\'))",
            nameContains == null ? null : "%" + likeEscaped(nameContains) + "%");
    List<EntitySummary> items = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.name, e.type,"
        + " (SELECT count(*) FROM entity_aliases a WHERE a.entity_id = e.id),"
        + " (SELECT count(*) FROM entity_mentions m WHERE m.entity_id = e.id) AS mentions,"
        + " (SELECT count(DISTINCT m.document_id) FROM entity_mentions m WHERE m.entity_id = e.id)"
        + " FROM entities e" + conditions.where()
        + " ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?")) {
      int next = conditions.bind(query);
      query.setInt(next, limit);
      query.setInt(next + 1, offset);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          items.add(new EntitySummary(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getInt(4),
              rows.getInt(5),
              rows.getInt(6)));
        }
      }
    }
    try (PreparedStatement query =
        connection.prepareStatement("SELECT count(*) FROM entities e" + conditions.where())) {
      conditions.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return new ItemPage<>(items, rows.getInt(1), offset, limit);
      }
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The names of the entities with these ids, by id; ids of no entity are left out. */
  static Map<String, String> names(Connection connection, List<String> ids) throws SQLException {
    Map<String, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id, name FROM entities WHERE id IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        query.setString(i + 1, ids.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return names;
  }

  /** The entity mentions in one document: what the search index files each sentence under. */
  static List<MentionRef> mentionsIn(Connection connection, DocumentId document)
      throws SQLException {
    List<MentionRef> found = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement("SELECT entity_id, start_offset, end_offset"
            + " FROM entity_mentions WHERE document_id = ? ORDER BY start_offset")) {
      query.setString(1, document.value());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new MentionRef(rows.getString(1), Span.of(rows.getInt(2), rows.getInt(3))));
        }
      }
    }
    return found;
  }

  private static Map<String, List<String>> grouped(
      Connection connection, String sql, SqlConditions conditions) throws SQLException {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      conditions.bind(query);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          grouped
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(rows.getString(2));
        }
      }
    }
    return grouped;
  }

  static boolean keepApart(Connection connection, KeptApart pair) throws SQLException {
    return DocumentWrites.update(
            connection,
            "INSERT OR IGNORE INTO kept_apart (name, other) VALUES (?, ?)",
            pair.name(),
            pair.other())
        == 1;
  }

  static boolean allowTogether(Connection connection, KeptApart pair) throws SQLException {
    return DocumentWrites.update(
            connection,
            "DELETE FROM kept_apart WHERE name = ? AND other = ?",
            pair.name(),
            pair.other())
        == 1;
  }

  static List<KeptApart> keptApart(Connection connection) throws SQLException {
    List<KeptApart> pairs = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT name, other FROM kept_apart ORDER BY name, other");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        pairs.add(new KeptApart(rows.getString(1), rows.getString(2)));
      }
    }
    return pairs;
  }
}
