export default {
  version: 9,
  name: 'text-deletions',
  sql: `
-- How many texts were ever deleted. A deleted text's id may be handed to another text, so each
-- connection drops its cache of id-text pairs when this count moved; commits that only add
-- texts (a sync writing its pages) leave every cache valid.
CREATE TABLE text_deletions (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  count INTEGER NOT NULL
);
INSERT INTO text_deletions (id, count) VALUES (1, 0);
CREATE TRIGGER texts_deleted AFTER DELETE ON texts
BEGIN
  UPDATE text_deletions SET count = count + 1 WHERE id = 1;
END;
`,
};
