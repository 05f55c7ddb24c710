export default {
  version: 4,
  name: 'technician',
  sql: `
-- The technician PIN (a scrypt hash with its own salt and parameters, never the PIN) and the
-- lockout state, kept on disk so that restarting the kiosk does not reset the count.
CREATE TABLE technician_pin (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  hash TEXT,
  set_at INTEGER,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  lockouts INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER
);
INSERT INTO technician_pin (id) VALUES (1);
`,
};
