import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/open-database.ts';
import { kioskStores } from '../../stores/kiosk-stores.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const statusUsage = 'kiosk status --db <file> [--json]';

/** The cache's sync state; exit 1 when the last sync failed. */
export function statusCommand(argv: string[], io: CliIo): number {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.db) throw new UsageError(statusUsage);
  if (!fs.existsSync(values.db)) {
    io.stderr.write(`No kiosk database at ${values.db}.\n`);
    return 2;
  }
  const db = openDatabase(values.db);
  try {
    const { syncState, dossiers, quarantine } = kioskStores(db);
    const raw = syncState.read();
    const status = syncState.status();
    const report = {
      ...status,
      source: raw.source,
      lastAttemptAt: raw.lastAttemptAt === null ? null : new Date(raw.lastAttemptAt * 1000).toISOString(),
      fullResyncInProgress: raw.resyncActive,
      dossiers: dossiers.count(),
      quarantined: quarantine.count(),
    };
    if (values.json) printJson(io, report);
    else {
      io.stdout.write(
        [
          `Data source:   ${report.source}`,
          `Dossiers:      ${report.dossiers}`,
          `Last success:  ${report.lastSuccessAt ?? 'never'}`,
          `Last attempt:  ${report.lastAttemptAt ?? 'never'}`,
          `Last error:    ${report.lastError ?? 'none'}`,
          `Quarantined:   ${report.quarantined}`,
          `Full resync:   ${report.fullResyncInProgress ? 'in progress' : 'no'}`,
        ].join('\n') + '\n',
      );
    }
    return status.state === 'error' ? 1 : 0;
  } finally {
    db.close();
  }
}
