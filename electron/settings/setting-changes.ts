import type { Database } from 'better-sqlite3';
import { maySet } from '../../shared/contract/setting-origins.ts';
import type { SettingOrigin } from '../../shared/contract/setting-origins.ts';
import { isSettingKey } from '../../shared/contract/settings.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import { applySetting, auditValue } from './apply-setting.ts';
import type { AppliedSetting } from './apply-setting.ts';
import type { SecretStore } from './secret-store.ts';
import { SettingError } from './settings-store.ts';
import type { SettingsStore } from './settings-store.ts';

/** Longer keys (a district server inventing them) are named by their start. */
const MAX_KEY_CHARS = 64;

export interface SettingChangesDeps {
  db: Database;
  settings: SettingsStore;
  secrets: SecretStore;
  audit: AuditLog;
}

/**
 * The one way a setting changes, whoever changes it (technician mode, `kiosk config set`, the
 * district's heartbeat reply): the origin must be allowed the key (setting-origins.ts), the value
 * passes the schema and the host's own checks, the change is audited under its origin, and
 * whatever reads the setting is told at once (the host pushes `settingsChanged` to the UI and
 * restarts the sync schedule), so no change waits for a restart.
 */
export class SettingChanges {
  private readonly listeners = new Set<(keys: string[]) => void>();

  constructor(private readonly deps: SettingChangesDeps) {}

  get settings(): SettingsStore {
    return this.deps.settings;
  }

  /** Hears the keys of every change; returns the way to stop. */
  onChanged(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies one change. Throws SettingError naming the setting, audited as refused unless
   * `auditRefusal` is false (a district repeating a refused value is audited once); the stored
   * value is then unchanged.
   */
  set(origin: SettingOrigin, key: string, value: unknown, { auditRefusal = true } = {}): AppliedSetting {
    const { db, settings, secrets, audit } = this.deps;
    try {
      if (origin === 'district' && (!isSettingKey(key) || !maySet(origin, key))) {
        throw new SettingError(key, `"${key.slice(0, MAX_KEY_CHARS)}" cannot be set by the district server.`);
      }
      const applied = applySetting(db, settings, secrets, key, value);
      audit.record(origin, 'setting-changed', { key, from: auditValue(key, applied.old), to: auditValue(key, applied.value) });
      if (applied.tokenCleared) audit.record(origin, 'token-changed', { set: false });
      this.changed(applied.tokenCleared ? [key, 'districtToken'] : [key]);
      return applied;
    } catch (error) {
      if (error instanceof SettingError && auditRefusal) {
        const named = key.slice(0, MAX_KEY_CHARS);
        const reason = isSettingKey(key) && maySet(origin, key) ? 'invalid value' : 'not settable remotely';
        audit.record(origin, 'setting-refused', origin === 'district' ? { key: named, reason } : { key: named });
      }
      throw error;
    }
  }

  /** Sets or removes the district token (kept sealed by the SecretStore), audited and pushed like a setting. */
  setToken(origin: SettingOrigin, token: string | null): void {
    this.deps.secrets.set('districtToken', token);
    this.deps.audit.record(origin, 'token-changed', { set: token !== null });
    this.changed(['districtToken']);
  }

  /**
   * Tells whatever reads these settings that another process (`kiosk config set`) changed them;
   * that process validated and audited the change, so nothing is audited here.
   */
  announce(keys: string[]): void {
    this.changed(keys);
  }

  private changed(keys: string[]): void {
    for (const listener of this.listeners) listener(keys);
  }
}
