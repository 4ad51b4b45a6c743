-- Annalist store schema, version 7: statements, the event mentions kept off the timeline because
-- of how their sentence tells them (negated, hypothetical, intended, only possible, generic, a
-- report, a state of mind). Each row is an item in the shape of annalist-export/1's statements[]
-- with its id, a sort key (the document's path and offsets), where it stands and why, so that a
-- document's statements and a sentence's are found through an index. Derived from the whole corpus
-- and replaced with the timeline, in the transaction that replaces it.
CREATE TABLE timeline_statements (
  id           TEXT PRIMARY KEY,
  sort_key     TEXT NOT NULL,
  document_id  TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  why          TEXT NOT NULL,
  body         TEXT NOT NULL
);
CREATE INDEX timeline_statements_by_key ON timeline_statements (sort_key);
CREATE INDEX timeline_statements_by_document ON timeline_statements (document_id, sort_key);

-- A linking writes its statements here as it reads the corpus, in batches under its own key, so a
-- large corpus's statements are never all in memory; replacing the timeline moves them into
-- timeline_statements. Rows left by a linking that was killed are cleared by the next one.
CREATE TABLE statement_drafts (
  linking  TEXT NOT NULL,
  id       TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  body     TEXT NOT NULL
);
CREATE INDEX statement_drafts_by_linking ON statement_drafts (linking);

-- The stored timeline has no statements yet: link again at the next analysis.
UPDATE meta SET value = '-1' WHERE key = 'linked_generation';
