-- Annalist store schema, version 6: where each document attests each timeline event, derived from
-- timeline_events in the same transaction that replaces them. The search index files each
-- sentence under the events told in it; reading that from the events' JSON scanned every event
-- once per document, which grew with documents times events.
CREATE TABLE timeline_attestations (
  document_id  TEXT NOT NULL,
  event_id     TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);
CREATE INDEX timeline_attestations_by_document ON timeline_attestations (document_id);
INSERT INTO timeline_attestations (document_id, event_id, start_offset, end_offset)
  SELECT json_extract(a.value, '$.document'), e.id, json_extract(a.value, '$.start'), json_extract(a.value, '$.end')
  FROM timeline_events e, json_each(e.body, '$.attestations') a;
