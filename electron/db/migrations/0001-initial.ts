export default {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT,
  served INTEGER NOT NULL DEFAULT 0
);

-- Strings that repeat across dossiers (procedure and field names, departments, actions,
-- counters) are stored once; a million dossiers share a few thousand of them.
CREATE TABLE texts (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);

-- Times are unix seconds, UTC. The applicant's name is stored masked, never in full.
-- timeline_json: [[at, departmentTextId, actionTextId], ...]; missing_json: [textId, ...].
CREATE TABLE dossiers (
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

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  source TEXT NOT NULL DEFAULT 'none' CHECK (source IN ('none', 'demo', 'server', 'import')),
  cursor TEXT,
  last_success_at INTEGER,
  last_attempt_at INTEGER,
  last_error TEXT
);
INSERT INTO sync_state (id) VALUES (1);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT
);
`,
};
