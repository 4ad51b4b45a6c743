-- Annalist store schema, version 1. Each statement ends with ';' at the end of a line.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', '0');

CREATE TABLE runs (
  id          TEXT PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  pipeline    TEXT NOT NULL,
  analyzed    INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  failed      INTEGER NOT NULL DEFAULT 0,
  removed     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id          TEXT PRIMARY KEY CHECK (length(id) = 64),
  path        TEXT NOT NULL,
  media_type  TEXT NOT NULL,
  title       TEXT,
  site        TEXT,
  published   TEXT,
  charset     TEXT,
  text        TEXT NOT NULL,
  layers      TEXT NOT NULL,
  pipeline    TEXT NOT NULL,
  run_id      TEXT NOT NULL,
  analyzed_at TEXT NOT NULL
);

CREATE TABLE sources (
  path        TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE
);
CREATE INDEX sources_by_document ON sources (document_id);

CREATE TABLE annotations (
  document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  layer         TEXT NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  value         TEXT NOT NULL,
  stage         TEXT NOT NULL,
  stage_version TEXT NOT NULL,
  run_id        TEXT NOT NULL,
  CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX annotations_by_document ON annotations (document_id, layer, start_offset);

CREATE TABLE document_flags (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  flag        TEXT NOT NULL,
  count       INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (document_id, flag)
);

CREATE TABLE failures (
  path    TEXT PRIMARY KEY,
  reason  TEXT NOT NULL,
  message TEXT NOT NULL,
  run_id  TEXT NOT NULL
);
