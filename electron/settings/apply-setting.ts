import { X509Certificate } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { isSettingKey } from '../../shared/contract/index.ts';
import { PLAIN_HTTP_REFUSED, tokenBelongsElsewhere, tokenMayTravelTo } from './district-token-policy.ts';
import type { SecretStore } from './secret-store.ts';
import { SettingError } from './settings-store.ts';
import type { SettingsStore } from './settings-store.ts';
import { summariseCa } from './ca-summary.ts';

export interface AppliedSetting {
  key: string;
  old: unknown;
  value: unknown;
  /** The district token was removed: it belonged to the server the kiosk no longer uses. */
  tokenCleared: boolean;
}

/**
 * Sets one setting through the shared schema (SettingsStore) plus the checks only the host can
 * make (a pinned CA must be a certificate Node can read; the district server must be reached
 * over HTTPS unless it is this machine). Throws SettingError naming the setting; the stored
 * value is then unchanged. A district server on another host drops the token: the token of
 * one server is never sent to the next; the technician enters the new server's. The new address
 * and the token's removal are one transaction: never the new host with the old host's token.
 */
export function applySetting(db: Database, settings: SettingsStore, secrets: SecretStore, key: string, value: unknown): AppliedSetting {
  if (!isSettingKey(key)) throw new SettingError(key, `Unknown setting "${key}".`);
  if (key === 'districtCaPem' && typeof value === 'string') {
    try {
      new X509Certificate(value);
    } catch {
      throw new SettingError(key, `Invalid value for "${key}": not a certificate this kiosk can read.`);
    }
  }
  if (key === 'districtServerUrl' && typeof value === 'string' && !tokenMayTravelTo(value.trim())) {
    throw new SettingError(key, `Invalid value for "${key}": ${PLAIN_HTTP_REFUSED}`);
  }
  return db.transaction(() => {
    const old = settings.get(key);
    settings.set(key, value);
    const applied = settings.get(key);
    const tokenCleared =
      key === 'districtServerUrl' && secrets.isSealed('districtToken') !== null && tokenBelongsElsewhere(old as string | null, applied as string | null);
    if (tokenCleared) secrets.set('districtToken', null);
    return { key, old, value: applied, tokenCleared };
  })();
}

/** A setting's value as the audit log keeps it: short, and a CA by its fingerprint. */
export function auditValue(key: string, value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (key === 'districtCaPem' && typeof value === 'string') return summariseCa(value)?.fingerprint256 ?? 'unreadable';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
