import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { isHostSource, Language } from '../../../shared/contract/index.ts';
import { renderText, translate } from '../../../shared/i18n/technician-format.ts';
import { openDatabase } from '../../db/open-database.ts';
import { PrinterService } from '../../printer/printer-service.ts';
import type { SettingsStore } from '../../settings/settings-store.ts';
import { kioskStores } from '../../stores/kiosk-stores.ts';
import type { KioskStores } from '../../stores/kiosk-stores.ts';
import { defaultKioskDbPath } from '../../technician/default-db-path.ts';
import { runDoctor } from '../../technician/doctor.ts';
import { countScannersPresent } from '../../scanners/count-scanners-present.ts';
import { printJson, UsageError } from '../cli-io.ts';
import type { CliIo } from '../cli-io.ts';

export const doctorUsage = 'kiosk doctor [--db <file>] [--json] [--token <token>] [--timeout <seconds>] [--lang en|vi]';

/**
 * `kiosk doctor`: every health check of the kiosk, each ok / warning / failure / not checked
 * with a fix. Exits 1 when any check fails, 0 otherwise (2: wrong usage, no database file).
 */
export async function doctorCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      token: { type: 'string' },
      timeout: { type: 'string', default: '10' },
      lang: { type: 'string', default: 'en' },
    },
  });
  const lang = Language.safeParse(values.lang);
  if (!lang.success) throw new UsageError('--lang must be en or vi.');
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 120) throw new UsageError('--timeout must be a number of seconds from 1 to 120.');
  const dbPath = values.db ?? defaultKioskDbPath();
  if (!fs.existsSync(dbPath)) {
    io.stderr.write(`No kiosk database at ${dbPath}.\n`);
    return 2;
  }

  let db: Database | null = null;
  let openError: string | undefined;
  let stores: KioskStores | null = null;
  try {
    db = openDatabase(dbPath);
    const opened = kioskStores(db);
    opened.settings.getAll();
    stores = opened;
  } catch (error) {
    openError = error instanceof Error ? error.message : String(error);
  }
  const settings = stores?.settings ?? null;
  try {
    const report = await runDoctor({ db, openError, dbPath, stores, tokenOverride: values.token, timeoutMs: timeout * 1000, lang: lang.data, scanners: scannersToCount(settings), printer: printerToCheck(settings) });
    const rendered = report.checks.map((c) => ({
      id: c.id,
      status: c.status,
      message: renderText(lang.data, c.message),
      fix: c.fix ? renderText(lang.data, c.fix) : null,
    }));
    if (values.json) {
      printJson(io, { db: dbPath, ok: report.failures === 0, failures: report.failures, warnings: report.warnings, checks: rendered });
    } else {
      const name = (id: string) => translate(lang.data, `tech.check.${id}`);
      const width = Math.max(...rendered.map((c) => name(c.id).length));
      const lines = [`kiosk doctor: ${dbPath}`];
      for (const c of rendered) {
        lines.push(`${translate(lang.data, `tech.status.${c.status}`).padEnd(13)} ${name(c.id).padEnd(width)}  ${c.message}`);
        if (c.fix) lines.push(`${' '.repeat(13 + width + 3)}${translate(lang.data, 'tech.doctor.fix', { fix: c.fix })}`);
      }
      lines.push(translate(lang.data, 'tech.doctor.summary', { failures: report.failures, warnings: report.warnings }));
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    return report.failures > 0 ? 1 : 0;
  } finally {
    db?.close();
  }
}

/** A source the renderer reads (a keyboard wedge) is no device of the host's: only host sources are counted. */
function scannersToCount(settings: SettingsStore | null): (() => Promise<number>) | undefined {
  const source = settings?.getAll().scannerSource;
  return source !== undefined && isHostSource(source) ? countScannersPresent : undefined;
}

/** The configured receipt printer's paper and cover, read once. */
function printerToCheck(settings: SettingsStore | null) {
  return settings ? () => new PrinterService({ settings, now: () => new Date() }).status() : undefined;
}
