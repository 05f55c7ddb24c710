import fs from 'node:fs';
import path from 'node:path';
import { isSettingKey, settingsSchema } from '../../shared/contract/index.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { SettingError } from '../settings/settings-store.ts';
import { auditValue } from '../technician/apply-setting.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { DistrictServer } from './district-server/district-server.ts';

export interface HeartbeatReport {
  kioskId: string;
  version: string;
  lastSyncAt: string | null;
  scanner: Record<string, unknown>;
  disk: { freeBytes: number | null };
  quarantined: number;
  /** The receipt printer's paper and cover state (state 'not-configured' when there is none). */
  printer?: Record<string, unknown> | null;
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
  // What the citizen is told about the site: the district keeps these the same across its kiosks.
  'openingHours',
  'receptionCounter',
  'paymentCounter',
  'resultsCounter',
  'hotline',
  'complaintText',
  'complaintUrl',
  'publicLookupUrl',
]);

export function freeDiskBytes(dbPath: string): number | null {
  try {
    const stats = fs.statfsSync(path.dirname(path.resolve(dbPath)));
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/** More keys than the district could mean to set: the rest of a reply is ignored. */
const MAX_KEYS_PER_REPLY = 64;
/** Longer keys are named by their start; no setting's name comes near it. */
const MAX_KEY_CHARS = 64;
/** Refusals remembered (not audited again); a server inventing new keys each time only restarts it. */
export const MAX_REFUSALS_REMEMBERED = 256;

/**
 * Reports the kiosk's health and applies the configuration the district sends back, each
 * value through the same validation as a technician's change, and in the same audit log. A
 * refusal is audited once, not again at every heartbeat that repeats it (`refusalsSeen`).
 */
export async function sendHeartbeat(
  client: DistrictServer,
  report: HeartbeatReport,
  settings: SettingsStore,
  now: Date,
  audit?: { log: AuditLog; refusalsSeen: Map<string, string> },
): Promise<HeartbeatOutcome> {
  const reply = await client.postHeartbeat(report);
  const outcome: HeartbeatOutcome = {
    clockSkewSec: reply.serverTime ? Math.round((reply.serverTime.getTime() - now.getTime()) / 1000) : null,
    applied: [],
    rejected: [],
  };
  const refused = (fullKey: string, value: unknown, message: string, reason: string) => {
    const key = fullKey.slice(0, MAX_KEY_CHARS);
    outcome.rejected.push({ key, message });
    const fingerprint = JSON.stringify(value ?? null).slice(0, 500);
    if (!audit || audit.refusalsSeen.get(key) === fingerprint) return;
    if (audit.refusalsSeen.size >= MAX_REFUSALS_REMEMBERED) audit.refusalsSeen.clear();
    audit.refusalsSeen.set(key, fingerprint);
    audit.log.record('district', 'setting-refused', { key, reason });
  };
  const current = settings.getAll();
  for (const [key, value] of Object.entries(reply.config ?? {}).slice(0, MAX_KEYS_PER_REPLY)) {
    if (!REMOTELY_SETTABLE.has(key) || !isSettingKey(key)) {
      refused(key, value, `"${key.slice(0, MAX_KEY_CHARS)}" cannot be set by the district server.`, 'not settable remotely');
      continue;
    }
    // Compared as the schema stores it (trimmed, defaults filled), so a value that is already
    // in force is not applied, nor audited, again at every heartbeat.
    const parsed = settingsSchema[key].safeParse(value);
    const old: unknown = current[key];
    if (parsed.success && JSON.stringify(old) === JSON.stringify(parsed.data)) continue;
    try {
      settings.set(key, value);
    } catch (error) {
      refused(key, value, error instanceof SettingError ? error.message : 'invalid value', 'invalid value');
      continue;
    }
    outcome.applied.push(key);
    audit?.refusalsSeen.delete(key);
    audit?.log.record('district', 'setting-changed', { key, from: auditValue(key, old), to: auditValue(key, settings.get(key)) });
  }
  return outcome;
}
