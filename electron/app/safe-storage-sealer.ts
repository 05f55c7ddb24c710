import type { SafeStorage } from 'electron';
import type { SecretSealer } from '../settings/secret-store.ts';

/** The district token sealed by the OS keystore (DPAPI, Keychain, libsecret/kwallet). */
export function safeStorageSealer(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>): SecretSealer {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    seal: (plain) => safeStorage.encryptString(plain),
    unseal: (sealed) => safeStorage.decryptString(sealed),
  };
}
