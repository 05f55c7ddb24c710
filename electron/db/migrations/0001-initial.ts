export default {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE agencies (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  served INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Times are unix seconds, UTC. The applicant's name is stored masked, never in full.
CREATE TABLE dossiers (
  code TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  agency_code TEXT NOT NULL,
  procedure_code TEXT,
  procedure_name TEXT NOT NULL,
  field_name TEXT,
  applicant_masked TEXT,
  status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 10),
  received_at INTEGER NOT NULL,
  due_at INTEGER,
  finished_at INTEGER,
  returned_at INTEGER,
  missing_json TEXT,
  fee_vnd INTEGER,
  result_counter TEXT,
  timeline_json TEXT NOT NULL DEFAULT '[]',
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
