-- Annalist store schema, version 4: merges a user undid. Each row is two names the entity
-- resolver must keep in different entities. It is the user's decision, not derived data, so it
-- outlives every re-analysis. The pair is stored in case-insensitive order, once.
CREATE TABLE kept_apart (
  name  TEXT NOT NULL COLLATE NOCASE,
  other TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (name, other)
);
