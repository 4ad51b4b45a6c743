package org.annalist.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A WHERE clause built from optional conditions, with the values to bind in order. */
final class SqlConditions {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  /** Adds a condition with one {@code ?} per value, unless the value is null. */
  SqlConditions add(String clause, @Nullable Object value) {
    if (value != null) {
      clauses.add(clause);
      long marks = clause.chars().filter(c -> c == '?').count();
      for (int i = 0; i < marks; i++) {
        values.add(value);
      }
    }
    return this;
  }

  /** {@code " WHERE a AND b"}, or nothing when there are no conditions. */
  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Binds the values from the first parameter on; returns the next free parameter index. */
  int bind(PreparedStatement statement) throws SQLException {
    int index = 1;
    for (Object value : values) {
      statement.setObject(index++, value);
    }
    return index;
  }
}
