import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { siteProcedureSearch } from '../../catalogue/site-procedure-search.ts';
import { openDatabase } from '../../db/open-database.ts';
import { kioskStores } from '../../stores/kiosk-stores.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const searchUsage = 'kiosk search "<query>" --db <file> [--limit n] [--field <lĩnh vực>] [--json]';

const MAX_LIMIT = 100;

/** Prints the procedures the kiosk would offer for a query (its unit's fields, its level first); exit 0 when there are any, 1 when none. */
export function searchCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      limit: { type: 'string', default: '10' },
      field: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1 || !values.db) throw new UsageError(searchUsage);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  if (!fs.existsSync(values.db)) {
    io.stderr.write(`No kiosk database at ${values.db}.\n`);
    return 2;
  }
  const db = openDatabase(values.db);
  try {
    const { results, correctedQuery } = siteProcedureSearch(db, kioskStores(db).settings).search(positionals[0]!, { limit, field: values.field ?? null });
    if (values.json) {
      printJson(io, results.map((r) => ({ code: r.code, name: r.name, field: r.fieldName })));
    } else {
      if (correctedQuery) io.stdout.write(`(showing results for "${correctedQuery}")\n`);
      for (const r of results) io.stdout.write(`${r.code}\t${r.name}\t[${r.fieldName}]\n`);
      if (results.length === 0) io.stdout.write('No procedure found.\n');
    }
    return results.length > 0 ? 0 : 1;
  } finally {
    db.close();
  }
}
