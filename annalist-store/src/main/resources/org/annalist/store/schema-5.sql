-- Annalist store schema, version 5: the document generation that the entities and the timeline
-- were last linked from. Linking is pending while it differs from 'generation' (a run killed
-- after saving documents but before linking them, or a merge decision not yet linked); -1 means
-- never linked, so a store from before this version is linked once more.
INSERT INTO meta (key, value) VALUES ('linked_generation', '-1');
