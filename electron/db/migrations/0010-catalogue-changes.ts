export default {
  version: 10,
  name: 'catalogue-changes',
  sql: `
-- How many times the procedure catalogue changed, by any connection. Procedure search keeps
-- its vocabulary while this count stays: a sync writer's commits to the dossier tables, a few a
-- second during a resync, no longer make every search reload it.
CREATE TABLE catalogue_changes (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  count INTEGER NOT NULL
);
INSERT INTO catalogue_changes (id, count) VALUES (1, 0);
CREATE TRIGGER procedures_inserted AFTER INSERT ON procedures
BEGIN
  UPDATE catalogue_changes SET count = count + 1 WHERE id = 1;
END;
CREATE TRIGGER procedures_updated AFTER UPDATE ON procedures
BEGIN
  UPDATE catalogue_changes SET count = count + 1 WHERE id = 1;
END;
CREATE TRIGGER procedures_deleted AFTER DELETE ON procedures
BEGIN
  UPDATE catalogue_changes SET count = count + 1 WHERE id = 1;
END;
`,
};
