-- Annalist store schema, version 3: the timeline (events with their attestations, conflicts
-- with their claims, source profiles), derived from the event mentions and entities of the whole
-- corpus and replaced as a whole after each analysis run. Each row keeps the item as JSON in the
-- shape of annalist-export/1 (quotes included), with the columns needed to order and join it.
CREATE TABLE timeline_events (
  id       TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  body     TEXT NOT NULL
);
CREATE INDEX timeline_events_by_key ON timeline_events (sort_key);

CREATE TABLE timeline_conflicts (
  id       TEXT PRIMARY KEY,
  sort_key TEXT NOT NULL,
  body     TEXT NOT NULL
);
CREATE INDEX timeline_conflicts_by_key ON timeline_conflicts (sort_key);

CREATE TABLE source_profiles (
  id       TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  sort_key TEXT NOT NULL,
  body     TEXT NOT NULL
);
