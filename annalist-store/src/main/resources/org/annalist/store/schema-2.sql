-- Annalist store schema, version 2: entities, derived from the stored name mentions of the whole
-- corpus and replaced as a whole after each analysis run.
CREATE TABLE entities (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);

CREATE TABLE entity_mentions (
  entity_id    TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (document_id, start_offset, end_offset)
);
CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);

CREATE TABLE entity_merges (
  entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias       TEXT NOT NULL,
  canonical   TEXT NOT NULL,
  rule        TEXT NOT NULL,
  score       REAL NOT NULL,
  explanation TEXT NOT NULL
);
