export default {
  version: 3,
  name: 'sync',
  sql: `
-- A full resync writes here while citizens keep reading 'dossiers'; the two are swapped only
-- when the resync is complete.
CREATE TABLE dossiers_shadow (
  code TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  agency_id INTEGER NOT NULL,
  procedure_code TEXT,
  procedure_name_id INTEGER NOT NULL,
  field_name_id INTEGER,
  applicant_masked TEXT,
  status INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  due_at INTEGER,
  finished_at INTEGER,
  returned_at INTEGER,
  missing_json TEXT,
  fee_vnd INTEGER,
  result_counter_id INTEGER,
  timeline_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Records the server sent that the kiosk could not accept: reported, never applied. Only the
-- code (when readable) and the reason are kept, never the record itself (personal data).
CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  code TEXT,
  reason TEXT NOT NULL
);

-- Secrets (the district token). 'sealed' values are encrypted by the OS keystore (Electron
-- safeStorage); plain ones are kept only where no keystore exists, and reported as such.
CREATE TABLE secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL,
  sealed INTEGER NOT NULL
) WITHOUT ROWID;

ALTER TABLE sync_state ADD COLUMN resync_cursor TEXT;
ALTER TABLE sync_state ADD COLUMN resync_active INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN server_time_at_success INTEGER;
ALTER TABLE sync_state ADD COLUMN procedures_etag TEXT;
`,
};
