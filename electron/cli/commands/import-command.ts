import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.ts';
import { TextFileError } from '../../import/decode-text-file.ts';
import { importDossiers } from '../../import/import-dossiers.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const importUsage = 'kiosk import dossiers <file> --db <file> [--format kiosk|national] [--json]';

/** Seeds the cache from an export file; exit 0 when every record was taken, 1 when some were rejected. */
export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'kiosk' }, json: { type: 'boolean', default: false } },
  });
  const [what, file] = positionals;
  if (what !== 'dossiers' || !file || !values.db || positionals.length !== 2) throw new UsageError(importUsage);
  if (values.format !== 'kiosk' && values.format !== 'national') throw new UsageError('--format must be kiosk or national.');
  if (!fs.existsSync(file)) {
    io.stderr.write(`No file at ${file}.\n`);
    return 2;
  }
  const db = openDatabase(values.db);
  try {
    let report;
    try {
      report = await importDossiers(db, file, values.format, new Date());
    } catch (error) {
      if (!(error instanceof TextFileError)) throw error;
      io.stderr.write(`${file}: ${error.message}. Nothing was changed.\n`);
      return 1;
    }
    if (values.json) printJson(io, report);
    else {
      for (const p of report.problems) io.stderr.write(`${p.position}${p.code ? ` (${p.code})` : ''}: ${p.reason}\n`);
      if (report.rejected > report.problems.length) io.stderr.write(`… and ${report.rejected - report.problems.length} more problems.\n`);
      io.stdout.write(
        `Read ${report.read} records: ${report.applied} imported, ${report.ignored} already up to date, ${report.rejected} rejected.\n`,
      );
      if (report.replacedDemo) io.stdout.write('The demo dossiers were replaced by the imported ones.\n');
      if (report.unchanged) io.stdout.write('Nothing was imported; the cache is as it was.\n');
    }
    return report.rejected > 0 || report.unchanged ? 1 : 0;
  } finally {
    db.close();
  }
}
