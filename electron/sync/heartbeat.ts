import fs from 'node:fs';
import path from 'node:path';
import { isSettingKey, settingsSchema } from '../../shared/contract/index.ts';
import type { SettingChanges } from '../settings/setting-changes.ts';
import { SettingError } from '../settings/settings-store.ts';
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
 * Reports the kiosk's health and applies the configuration the district sends back through the
 * one way settings change (SettingChanges: the keys the district may set, validation, audit, the
 * UI told at once). A refusal is audited once, not again at every heartbeat that repeats it
 * (`refusalsSeen`); a value already in force is not applied again.
 */
export async function sendHeartbeat(
  client: DistrictServer,
  report: HeartbeatReport,
  changes: SettingChanges,
  now: Date,
  refusalsSeen: Map<string, string> = new Map(),
): Promise<HeartbeatOutcome> {
  const reply = await client.postHeartbeat(report);
  const outcome: HeartbeatOutcome = {
    clockSkewSec: reply.serverTime ? Math.round((reply.serverTime.getTime() - now.getTime()) / 1000) : null,
    applied: [],
    rejected: [],
  };
  const current = changes.settings.getAll();
  for (const [fullKey, value] of Object.entries(reply.config ?? {}).slice(0, MAX_KEYS_PER_REPLY)) {
    const key = fullKey.slice(0, MAX_KEY_CHARS);
    // Compared as the schema stores it (trimmed, defaults filled), so a value that is already
    // in force is not applied, nor audited, again at every heartbeat.
    if (isSettingKey(fullKey)) {
      const parsed = settingsSchema[fullKey].safeParse(value);
      if (parsed.success && JSON.stringify(current[fullKey]) === JSON.stringify(parsed.data)) continue;
    }
    const fingerprint = JSON.stringify(value ?? null).slice(0, 500);
    try {
      changes.set('district', fullKey, value, { auditRefusal: refusalsSeen.get(key) !== fingerprint });
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      outcome.rejected.push({ key, message: error.message });
      if (refusalsSeen.size >= MAX_REFUSALS_REMEMBERED && !refusalsSeen.has(key)) refusalsSeen.clear();
      refusalsSeen.set(key, fingerprint);
      continue;
    }
    outcome.applied.push(key);
    refusalsSeen.delete(key);
  }
  return outcome;
}
