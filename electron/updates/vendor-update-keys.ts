import type { TrustedUpdateKey } from './update-signature.ts';

/**
 * The public halves of the vendor's update-signing keys (ed25519, SPKI DER in base64). A kiosk
 * installs only update metadata signed by one of these. To rotate: add the new key here and
 * ship that version signed by the old key; sign later releases with the new key; drop the old
 * key in a later version. `node scripts/sign-update.mjs keygen` prints a new entry.
 */
export const VENDOR_UPDATE_KEYS: readonly TrustedUpdateKey[] = [
  // key id 9fdae034424e6b63
  { spki: 'MCowBQYDK2VwAyEABrULysIfPxgsYMEs7Pj3WWe6PFhp8rj5JlcGgXrt7Q8=' },
];
