export default {
  version: 5,
  name: 'ratings',
  sql: `
-- Citizens' satisfaction ratings waiting to be uploaded to the district server. A row is
-- removed only once the server has acknowledged its id (accepted or duplicate), so nothing is
-- lost offline. id is the idempotency key; revision counts changes by the citizen (another
-- choice, reasons added), so an upload acknowledged for an older revision keeps the row.
-- No personal data: the dossier code, the choice, reason codes and the time.
CREATE TABLE ratings_outbox (
  id TEXT PRIMARY KEY,
  dossier_code TEXT,
  rating TEXT NOT NULL CHECK (rating IN ('very-satisfied', 'satisfied', 'not-satisfied')),
  reasons_json TEXT NOT NULL DEFAULT '[]',
  rated_at INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  attempts INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX ratings_outbox_queue ON ratings_outbox (attempts, rated_at);
`,
};
