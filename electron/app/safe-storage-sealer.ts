import type { SafeStorage } from 'electron';
import type { SecretSealer } from '../settings/secret-store.ts';

type KioskSafeStorage = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * The district token sealed by the OS keystore (DPAPI, Keychain, libsecret/kwallet). On Linux the
 * kiosk runs with --password-store=basic (main.ts): under auto-login the login keyring stays
 * locked and Chromium would put an "unlock keyring" dialog on the lobby screen. Electron's basic
 * store encrypts with a fixed key, which protects nothing, so it counts as no keystore: the token
 * is then stored unsealed, and the technician view says the keystore is unavailable.
 */
export function safeStorageSealer(safeStorage: KioskSafeStorage, platform: NodeJS.Platform = process.platform): SecretSealer {
  const fixedKey = () => platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable() && !fixedKey(),
    seal: (plain) => safeStorage.encryptString(plain),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}
