import { createHash, createPublicKey, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** The signature of `latest.yml` travels beside it as `latest.yml.sig`. */
export const SIGNATURE_SUFFIX = '.sig';

/** A public key the kiosk trusts to sign update metadata: ed25519, SPKI DER in base64. */
export interface TrustedUpdateKey {
  spki: string;
}

/**
 * The bytes an update signature covers: a fixed context line, the metadata file's name and
 * its exact bytes. The name is signed so that a valid `latest.yml` (Windows) cannot be served
 * as `latest-linux.yml`. scripts/sign-update.mjs builds the same bytes.
 */
export function signedPayload(fileName: string, metadata: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`receipt-kiosk update metadata v1\n${fileName}\n`, 'utf8'), metadata]);
}

/** A short, stable name for a key: the first 16 hex digits of the SHA-256 of its SPKI DER. */
export function keyIdOf(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest('hex').slice(0, 16);
}

export type MetadataVerdict = { ok: true; keyId: string } | { ok: false; reason: string };

interface LoadedKey {
  id: string;
  key: KeyObject;
}

function loadKeys(keys: readonly TrustedUpdateKey[]): LoadedKey[] {
  return keys.map(({ spki }) => {
    const der = Buffer.from(spki, 'base64');
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('A trusted update key must be an ed25519 key.');
    return { id: keyIdOf(der), key };
  });
}

/**
 * Checks `fileName`'s signature file: one line `ed25519 <key id> <base64 signature>`. Anything
 * unsigned, signed by a key the kiosk does not trust, or changed after signing is refused,
 * and the reason says which, for the technician.
 */
export function verifyUpdateMetadata(
  fileName: string,
  metadata: Buffer,
  signatureFile: string | null,
  trusted: readonly TrustedUpdateKey[],
): MetadataVerdict {
  if (signatureFile === null || signatureFile.trim() === '') {
    return { ok: false, reason: `${fileName} is not signed (no ${fileName}${SIGNATURE_SUFFIX} beside it)` };
  }
  const parts = signatureFile.trim().split(/\s+/);
  const [algorithm, keyId, signature] = parts;
  if (parts.length !== 3 || algorithm !== 'ed25519' || !/^[0-9a-f]{16}$/.test(keyId!) || !/^[A-Za-z0-9+/]{86}==$/.test(signature!)) {
    return { ok: false, reason: `${fileName}${SIGNATURE_SUFFIX} is not an update signature (expected "ed25519 <key id> <signature>")` };
  }
  const key = loadKeys(trusted).find((k) => k.id === keyId);
  if (!key) return { ok: false, reason: `${fileName} is signed by key ${keyId}, which this kiosk does not trust` };
  if (!verify(null, signedPayload(fileName, metadata), key.key, Buffer.from(signature!, 'base64'))) {
    return { ok: false, reason: `${fileName} does not match its signature (changed after signing, or signed as another file)` };
  }
  return { ok: true, keyId: key.id };
}
