import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExportResult } from '../../shared/contract/index.ts';
import { listLogFiles } from '../log/log-files.ts';
import type { SecretStore } from '../settings/secret-store.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { processFaultCounts } from '../log/process-faults.ts';
import { summariseCa } from '../settings/ca-summary.ts';
import type { KioskStores } from '../stores/kiosk-stores.ts';
import { checkDatabase } from './database-check.ts';
import { checkExportFolder } from './export-folder.ts';

export interface BundleDeps {
  db: Database;
  stores: Pick<KioskStores, 'settings' | 'secrets' | 'audit' | 'syncState' | 'dossiers' | 'quarantine'>;
  version: string;
  logDir: string | null;
  now: () => Date;
  /** Logs copied at most (newest files first). */
  maxLogBytes?: number;
}

const README = `Receipt kiosk diagnostics bundle / Gói chẩn đoán máy tra cứu hồ sơ

versions.json        software and system versions
settings.json        the kiosk's settings; the district token is never included, only whether it is set
database-check.json  SQLite integrity check, schema version, counts
sync-state.json      where the cached data came from, last success, last error
audit.json           the latest technician actions
process-health.json  errors nothing caught in the kiosk's process since it started (there should be none)
logs/                the newest log files (personal data is removed by the logger before it writes)

No applicant names, phone or ID numbers are in this bundle.
`;

/** Settings as a technician or a support desk may see them: every value, no secret. */
export function publicSettings(settings: SettingsStore, secrets: SecretStore): Record<string, unknown> {
  const values: Record<string, unknown> = { ...settings.getAll() };
  values.districtCaPem = summariseCa(settings.get('districtCaPem'));
  return { ...values, districtToken: { set: secrets.get('districtToken') !== null || secrets.isSealed('districtToken') !== null, sealed: secrets.isSealed('districtToken') } };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-');
}

/**
 * Writes the diagnostics bundle into a new folder inside `folder` (checked first: see
 * checkExportFolder). Files are created exclusively, so nothing that exists is overwritten.
 */
export function exportDiagnostics(folder: string, deps: BundleDeps): ExportResult {
  const { settings, secrets, audit, syncState, dossiers, quarantine } = deps.stores;
  const checked = checkExportFolder(folder);
  if (!checked.ok) return { result: 'refused', reason: checked.reason };
  const kioskId = (settings.get('kioskId') ?? 'kiosk').replace(/[^A-Za-z0-9._-]/g, '_');
  const base = `kiosk-diagnostics-${kioskId}-${stamp(deps.now())}`;
  let target = path.join(checked.path, base);
  try {
    for (let n = 2; fs.existsSync(target); n++) target = path.join(checked.path, `${base}-${n}`);
    fs.mkdirSync(target);
    const files: string[] = [];
    const write = (name: string, content: string | object) => {
      fs.writeFileSync(path.join(target, name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`, { flag: 'wx' });
      files.push(name);
    };

    write('README.txt', README);
    write('versions.json', {
      kiosk: deps.version,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      v8: process.versions.v8,
      platform: process.platform,
      arch: process.arch,
      os: `${os.type()} ${os.release()}`,
      uptimeSec: Math.round(os.uptime()),
      exportedAt: deps.now().toISOString(),
    });
    write('settings.json', publicSettings(settings, secrets));
    write('database-check.json', { ...checkDatabase(deps.db, dossiers, 'quick'), quarantined: quarantine.count() });
    const { cursor: _cursor, resyncCursor: _resyncCursor, ...state } = syncState.read();
    write('sync-state.json', {
      ...state,
      lastSuccessAt: state.lastSuccessAt === null ? null : new Date(state.lastSuccessAt * 1000).toISOString(),
      lastAttemptAt: state.lastAttemptAt === null ? null : new Date(state.lastAttemptAt * 1000).toISOString(),
    });
    write('audit.json', audit.recent(500));
    write('process-health.json', processFaultCounts());

    if (deps.logDir) {
      let budget = deps.maxLogBytes ?? 20 * 1024 * 1024;
      const logs = listLogFiles(deps.logDir).filter((file) => {
        const size = fs.statSync(file).size;
        if (size > budget) return false;
        budget -= size;
        return true;
      });
      if (logs.length > 0) fs.mkdirSync(path.join(target, 'logs'));
      for (const file of logs) {
        const name = path.join('logs', path.basename(file));
        fs.copyFileSync(file, path.join(target, name), fs.constants.COPYFILE_EXCL);
        files.push(name);
      }
    }
    return { result: 'exported', path: target, files };
  } catch {
    return { result: 'refused', reason: 'failed' };
  }
}
