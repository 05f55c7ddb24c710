// The district token's sealer over Electron's safeStorage (stood in for: it needs the binary).
import { describe, expect, it } from 'vitest';
import { safeStorageSealer } from '../../../../electron/app/safe-storage-sealer.ts';

const safeStorage = (backend: string | undefined, available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
  decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend as never }),
});

describe('safeStorageSealer', () => {
  it('on Linux with --password-store=basic (a fixed key) counts as no keystore, so the technician view does not claim a sealed token', () => {
    expect(safeStorageSealer(safeStorage('basic_text'), 'linux').isAvailable()).toBe(false);
  });

  it('a real keystore (libsecret, kwallet) seals and unseals', () => {
    const sealer = safeStorageSealer(safeStorage('gnome_libsecret'), 'linux');
    expect(sealer.isAvailable()).toBe(true);
    expect(sealer.unseal(sealer.seal('district-token'))).toBe('district-token');
  });

  it('on Windows it is DPAPI when Electron says encryption is available', () => {
    expect(safeStorageSealer(safeStorage(undefined), 'win32').isAvailable()).toBe(true);
    expect(safeStorageSealer(safeStorage(undefined, false), 'win32').isAvailable()).toBe(false);
  });
});
