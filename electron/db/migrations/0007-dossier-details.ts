export default {
  version: 7,
  name: 'dossier-details',
  sql: `
-- What a national-format district adds about a dossier (see electron/dossiers/dossier-details.ts):
-- {"note": supplement note, "fees": [[name, amount]], "delivery": "counter"|"post", "results": [names]}.
-- NULL for most dossiers. Nothing personal: officers' names and contact details never reach it.
ALTER TABLE dossiers ADD COLUMN details_json TEXT;
ALTER TABLE dossiers_shadow ADD COLUMN details_json TEXT;
`,
};
