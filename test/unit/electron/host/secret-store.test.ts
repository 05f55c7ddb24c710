import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageSealer } from '../../../../electron/app/safe-storage-sealer.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/** Stands in for Electron's safeStorage (the OS keystore cannot exist here). */
const fakeSafeStorage = (available: boolean) => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice(7), 'base64').toString(),
});

describe('secret store', () => {
  const tempDir = useTempDir();

  it('keeps the token sealed on disk where a keystore exists', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const secrets = new SecretStore(db, safeStorageSealer(fakeSafeStorage(true)));
    secrets.set('districtToken', 'tok-123456');
    const raw = db.prepare('SELECT value FROM secrets').pluck().get() as Buffer;
    expect(raw.toString()).not.toContain('tok-123456');
    expect(secrets.get('districtToken')).toBe('tok-123456');
    expect(secrets.isSealed('districtToken')).toBe(true);
    db.close();
  });

  it('falls back to plain storage without a keystore, and says so', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const secrets = new SecretStore(db, safeStorageSealer(fakeSafeStorage(false)));
    secrets.set('districtToken', 'tok-123456');
    expect(secrets.isSealed('districtToken')).toBe(false);
    expect(secrets.get('districtToken')).toBe('tok-123456');
    secrets.set('districtToken', null);
    expect(secrets.get('districtToken')).toBeNull();
    db.close();
  });

  it('answers null, not garbage, when a sealed token cannot be opened here', () => {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    new SecretStore(db, safeStorageSealer(fakeSafeStorage(true))).set('districtToken', 'tok');
    expect(new SecretStore(db, null).get('districtToken')).toBeNull();
    db.close();
  });
});
