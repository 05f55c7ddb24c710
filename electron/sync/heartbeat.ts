import fs from 'node:fs';
import path from 'node:path';
import type { SettingsStore } from '../settings/settings-store.ts';
import { SettingError } from '../settings/settings-store.ts';
import { auditValue } from '../technician/apply-setting.ts';
import type { AuditLog } from '../technician/audit-log.ts';
import type { DistrictClient } from './district-client.ts';

export interface HeartbeatReport {
  kioskId: string;
  version: string;
  lastSyncAt: string | null;
  scanner: Record<string, unknown>;
  disk: { freeBytes: number | null };
  quarantined: number;
  /**
   * The updater's state (Electron only): installed version, what the district publishes,
   * versions that failed here and are never installed again, a version still on trial.
   */
  update?: Record<string, unknown> | null;
}

export interface HeartbeatOutcome {
  /** Server clock minus kiosk clock, in seconds, when the server said its time. */
  clockSkewSec: number | null;
  applied: string[];
  rejected: { key: string; message: string }[];
}

/** Settings the district may change remotely; secrets and identity stay local. */
const REMOTELY_SETTABLE = new Set([
  'siteName',
  'idleTimeoutSec',
  'defaultLanguage',
  'syncIntervalSec',
  'siteAgencyCodes',
  'receiptExtraPattern',
  // The update feed and the unit's fields (province rollout) are the district's to set.
  'updateUrl',
  'unitFields',
]);

export function freeDiskBytes(dbPath: string): number | null {
  try {
    const stats = fs.statfsSync(path.dirname(path.resolve(dbPath)));
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/**
 * Reports the kiosk's health and applies the configuration the district sends back, each
 * value through the same validation as a technician's change, and in the same audit log.
 */
export async function sendHeartbeat(
  client: DistrictClient,
  report: HeartbeatReport,
  settings: SettingsStore,
  now: Date,
  audit?: AuditLog,
): Promise<HeartbeatOutcome> {
  const reply = await client.postHeartbeat(report);
  const outcome: HeartbeatOutcome = {
    clockSkewSec: reply.serverTime ? Math.round((reply.serverTime.getTime() - now.getTime()) / 1000) : null,
    applied: [],
    rejected: [],
  };
  for (const [key, value] of Object.entries(reply.config ?? {})) {
    if (!REMOTELY_SETTABLE.has(key)) {
      outcome.rejected.push({ key, message: `"${key}" cannot be set by the district server.` });
      audit?.record('district', 'setting-refused', { key: key.slice(0, 64), reason: 'not settable remotely' });
      continue;
    }
    try {
      const old = settings.get(key as never) as unknown;
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      settings.set(key, value);
      outcome.applied.push(key);
      audit?.record('district', 'setting-changed', { key, from: auditValue(key, old), to: auditValue(key, settings.get(key as never)) });
    } catch (error) {
      outcome.rejected.push({ key, message: error instanceof SettingError ? error.message : 'invalid value' });
      audit?.record('district', 'setting-refused', { key, reason: 'invalid value' });
    }
  }
  return outcome;
}
