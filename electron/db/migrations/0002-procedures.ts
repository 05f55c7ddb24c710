export default {
  version: 2,
  name: 'procedures',
  sql: `
-- id is the full-text row's rowid: only an INTEGER PRIMARY KEY keeps rowids stable across
-- VACUUM. code is the natural key every caller uses.
CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  field TEXT NOT NULL,
  levels_json TEXT NOT NULL DEFAULT '[]',
  details_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX procedures_by_field ON procedures (field, name);

-- Holds Vietnamese-folded text (đ→d, no tone marks), written by the procedure store:
-- unicode61 leaves đ alone, so it cannot index the original text directly.
-- Columns: name first so bm25() can weight it above the body.
CREATE VIRTUAL TABLE procedures_fts USING fts5 (
  name,
  body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Every indexed word with its document count: the vocabulary for correcting misspellings.
CREATE VIRTUAL TABLE procedures_fts_vocab USING fts5vocab (procedures_fts, 'row');

CREATE VIEW procedure_fields AS
  SELECT field AS name, count(*) AS count FROM procedures GROUP BY field;
`,
};
