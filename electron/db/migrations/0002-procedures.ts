export default {
  version: 2,
  name: 'procedures',
  sql: `
-- id is the full-text row's rowid: only an INTEGER PRIMARY KEY keeps rowids stable across
-- VACUUM. code is the natural key every caller uses. details_json comes last so that
-- reading the short columns never touches its overflow pages.
CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  field TEXT NOT NULL,
  levels_json TEXT NOT NULL DEFAULT '[]',
  updated_at INTEGER NOT NULL,
  details_json TEXT NOT NULL
);
CREATE INDEX procedures_by_field ON procedures (field, name);

-- Vietnamese-folded text (đ→d, no tone marks), written by the procedure store: unicode61
-- leaves đ alone, so it cannot index the original text directly. Contentless: the folded
-- name is read from procedures.name_folded, and the body is only ever searched.
-- Columns: name first so bm25() can weight it above the body.
CREATE VIRTUAL TABLE procedures_fts USING fts5 (
  name,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- Every indexed word per column with its document count: the vocabulary for correcting
-- misspellings and splitting run-together words.
CREATE VIRTUAL TABLE procedures_fts_vocab USING fts5vocab (procedures_fts, 'col');

CREATE VIEW procedure_fields AS
  SELECT field AS name, count(*) AS count FROM procedures GROUP BY field;
`,
};
