import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CatalogueFormat } from '../../catalogue/catalogue-file.ts';
import { importCatalogue } from '../../catalogue/import-catalogue.ts';
import { openDatabase } from '../../db/open-database.ts';
import { readTextFileSync, TextFileError } from '../../import/decode-text-file.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const catalogueUsage = 'kiosk catalogue import <file> --db <file> [--format kiosk|national]';

/**
 * Imports a procedure catalogue. Reports on stderr, per record, what could not be read
 * (by line number or position, and code), prints the counts as JSON, and exits 0 when the
 * readable records were kept, 1 when the file held none.
 */
export function catalogueCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'kiosk' } },
  });
  const [action, file, ...extra] = positionals;
  if (action !== 'import' || !file || extra.length > 0 || !values.db) throw new UsageError(catalogueUsage);
  const format = CatalogueFormat.safeParse(values.format);
  if (!format.success) throw new UsageError('--format must be kiosk or national.');
  if (!fs.existsSync(file)) {
    io.stderr.write(`No catalogue file at ${file}.\n`);
    return 2;
  }
  let text: string;
  try {
    // UTF-8 or UTF-16, with or without a byte-order mark.
    text = readTextFileSync(file);
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    io.stderr.write(`${file}: ${error.message}. Nothing was changed.\n`);
    return 1;
  }
  const db = openDatabase(values.db);
  try {
    const report = importCatalogue(db, text, format.data, new Date());
    for (const entry of report.problems) {
      const verdict = entry.record ? 'kept' : 'FAILED';
      io.stderr.write(`${entry.where}${entry.code ? ` (${entry.code})` : ''} ${verdict}: ${entry.problems.join('; ')}\n`);
    }
    printJson(io, { imported: report.imported, withWarnings: report.withWarnings, failed: report.failed });
    return report.imported > 0 ? 0 : 1;
  } finally {
    db.close();
  }
}
