import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Encryption by the OS keystore (Electron's safeStorage), when the platform has one. */
export interface SecretSealer {
  isAvailable(): boolean;
  seal(plain: string): Buffer;
  unseal(sealed: Buffer): string;
}

export type SecretName = 'districtToken';

/** Secrets in SQLite, sealed by the OS keystore where available; never returned to the UI. */
export class SecretStore {
  constructor(
    private readonly db: Database,
    private readonly sealer: SecretSealer | null = null,
  ) {}

  get(name: SecretName): string | null {
    const row = this.db.prepare('SELECT value, sealed FROM secrets WHERE name = ?').get(name) as
      | { value: Buffer; sealed: number }
      | undefined;
    if (!row) return null;
    if (row.sealed === 0) return row.value.toString('utf8');
    if (!this.sealer?.isAvailable()) return null;
    try {
      return this.sealer.unseal(row.value);
    } catch {
      return null;
    }
  }

  set(name: SecretName, value: string | null): void {
    if (value === null) {
      this.db.prepare('DELETE FROM secrets WHERE name = ?').run(name);
      return;
    }
    const sealed = this.sealer?.isAvailable() ?? false;
    const stored = sealed ? this.sealer!.seal(value) : Buffer.from(value, 'utf8');
    this.db
      .prepare('INSERT INTO secrets (name, value, sealed) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, sealed = excluded.sealed')
      .run(name, stored, sealed ? 1 : 0);
  }

  /**
   * Stored sealed, but this kiosk's keystore cannot open it: sealed through libsecret/kwallet
   * before the kiosk ran with Linux's basic store, or the keystore was reset. Only re-entering
   * the secret helps; null from `get` alone would read as "not set".
   */
  isUnreadable(name: SecretName): boolean {
    return this.sealer !== null && this.isSealed(name) === true && this.get(name) === null;
  }

  /** A digest of what is stored (sealed or not): tells a changed secret without unsealing it. Null: not set. */
  storedDigest(name: SecretName): string | null {
    const row = this.db.prepare('SELECT value, sealed FROM secrets WHERE name = ?').get(name) as { value: Buffer; sealed: number } | undefined;
    return row ? createHash('sha256').update(row.value).update(String(row.sealed)).digest('base64url') : null;
  }

  /** Whether stored secrets are protected by the OS keystore (for the technician's view). */
  isSealed(name: SecretName): boolean | null {
    const row = this.db.prepare('SELECT sealed FROM secrets WHERE name = ?').get(name) as { sealed: number } | undefined;
    return row ? row.sealed === 1 : null;
  }
}
