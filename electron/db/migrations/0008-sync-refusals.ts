export default {
  version: 8,
  name: 'sync-refusals',
  sql: `
-- Where the procedure catalogue came from: 'demo' (bundled; the district's replaces it whatever
-- its size), 'server', or 'unknown' (written before this column: the shrink guard applies).
ALTER TABLE sync_state ADD COLUMN procedures_source TEXT NOT NULL DEFAULT 'unknown';
UPDATE sync_state SET procedures_source = 'demo' WHERE source = 'demo';
-- The last full dossier resync refused for shrinking the cache: when (unix seconds) and how many
-- dossiers the server offered. NULL when none is pending.
ALTER TABLE sync_state ADD COLUMN refused_resync_at INTEGER;
ALTER TABLE sync_state ADD COLUMN refused_resync_offered INTEGER;
`,
};
