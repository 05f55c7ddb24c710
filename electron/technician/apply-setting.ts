import { X509Certificate } from 'node:crypto';
import { isSettingKey } from '../../shared/contract/index.ts';
import { SettingError } from '../settings/settings-store.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import { summariseCa } from './ca-summary.ts';

export interface AppliedSetting {
  key: string;
  old: unknown;
  value: unknown;
}

/**
 * Sets one setting through the shared schema (SettingsStore) plus the checks only the host can
 * make (a pinned CA must be a certificate Node can read). Throws SettingError naming the
 * setting; the stored value is then unchanged.
 */
export function applySetting(settings: SettingsStore, key: string, value: unknown): AppliedSetting {
  if (!isSettingKey(key)) throw new SettingError(key, `Unknown setting "${key}".`);
  if (key === 'districtCaPem' && typeof value === 'string') {
    try {
      new X509Certificate(value);
    } catch {
      throw new SettingError(key, `Invalid value for "${key}": not a certificate this kiosk can read.`);
    }
  }
  const old = settings.get(key);
  settings.set(key, value);
  return { key, old, value: settings.get(key) };
}

/** A setting's value as the audit log keeps it: short, and a CA by its fingerprint. */
export function auditValue(key: string, value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (key === 'districtCaPem' && typeof value === 'string') return summariseCa(value)?.fingerprint256 ?? 'unreadable';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
