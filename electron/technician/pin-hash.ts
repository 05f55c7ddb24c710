import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/**
 * The technician PIN as a slow, salted hash: scrypt (N=2^15, r=8, p=1, 32 bytes), a fresh
 * 16-byte salt per PIN, stored with its parameters so they can be raised later without
 * breaking stored hashes: `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

const STORED = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Whether `pin` matches the stored hash; the comparison takes the same time whatever differs. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [, N, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64');
  const params = { N: Number(N), r: Number(r), p: Number(p) };
  // Refuse absurd parameters from a tampered row rather than hang or exhaust memory.
  if (params.N > 2 ** 20 || params.r > 32 || params.p > 16 || expected.length !== KEY_LENGTH) return false;
  const actual = await derive(pin, Buffer.from(salt, 'base64'), params);
  return timingSafeEqual(actual, expected);
}
