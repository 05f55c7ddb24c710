// Signs the update metadata of a release with the vendor's ed25519 key, at release time.
// Kiosks install only metadata signed by a key listed in electron/updates/vendor-update-keys.ts.
//   node scripts/sign-update.mjs sign <release dir or latest*.yml ...>
//       key: $KIOSK_UPDATE_SIGNING_KEY (the PEM text) or $KIOSK_UPDATE_SIGNING_KEY_FILE (its path);
//       writes <file>.sig beside each latest*.yml; refuses a key the app does not trust
//       (--trusted-keys <file>: where the trusted keys are listed, vendor-update-keys.ts by default).
//   node scripts/sign-update.mjs keygen <private key file>
//       a new key pair: the private key (PKCS#8 PEM, mode 0600, never overwritten) and the
//       line to add to electron/updates/vendor-update-keys.ts.
// The signed bytes are those of electron/updates/update-signature.ts: signedPayload().
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_TRUSTED_KEYS = path.join(ROOT, 'electron', 'updates', 'vendor-update-keys.ts');

export const signedPayload = (fileName, metadata) =>
  Buffer.concat([Buffer.from(`receipt-kiosk update metadata v1\n${fileName}\n`, 'utf8'), metadata]);

const spkiOf = (key) => createPublicKey(key).export({ type: 'spki', format: 'der' });
const keyIdOf = (spki) => createHash('sha256').update(spki).digest('hex').slice(0, 16);

function loadPrivateKey(env) {
  let pem = env.KIOSK_UPDATE_SIGNING_KEY;
  if (!pem && env.KIOSK_UPDATE_SIGNING_KEY_FILE) pem = fs.readFileSync(env.KIOSK_UPDATE_SIGNING_KEY_FILE, 'utf8');
  if (!pem) throw new Error('No signing key: set KIOSK_UPDATE_SIGNING_KEY (PEM text) or KIOSK_UPDATE_SIGNING_KEY_FILE (its path).');
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`The signing key is ${key.asymmetricKeyType}, not ed25519.`);
  return key;
}

/** The metadata files to sign: latest*.yml given directly or found in a given folder. */
function metadataFiles(targets) {
  const files = targets.flatMap((target) =>
    fs.statSync(target).isDirectory()
      ? fs.readdirSync(target).filter((name) => /^latest.*\.yml$/.test(name)).map((name) => path.join(target, name))
      : [target],
  );
  if (files.length === 0) throw new Error(`No latest*.yml in ${targets.join(', ')}.`);
  return files;
}

export function signRelease(targets, { env = process.env, trustedKeysFile = DEFAULT_TRUSTED_KEYS } = {}) {
  const key = loadPrivateKey(env);
  const spki = spkiOf(key);
  const keyId = keyIdOf(spki);
  if (!fs.readFileSync(trustedKeysFile, 'utf8').includes(spki.toString('base64'))) {
    throw new Error(`Key ${keyId} is not listed in ${path.relative(ROOT, trustedKeysFile)}: no kiosk would install what it signs.`);
  }
  return metadataFiles(targets).map((file) => {
    const signature = sign(null, signedPayload(path.basename(file), fs.readFileSync(file)), key).toString('base64');
    fs.writeFileSync(`${file}.sig`, `ed25519 ${keyId} ${signature}\n`);
    return { file, signatureFile: `${file}.sig`, keyId };
  });
}

export function generateSigningKey(privateKeyFile) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  fs.writeFileSync(privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return { keyId: keyIdOf(spki), spki: spki.toString('base64') };
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'sign') {
    const at = rest.indexOf('--trusted-keys');
    const trustedKeysFile = at >= 0 ? rest[at + 1] : undefined;
    const targets = at >= 0 ? rest.filter((_, i) => i !== at && i !== at + 1) : rest;
    if (targets.length === 0 || (at >= 0 && !trustedKeysFile)) return usage();
    for (const signed of signRelease(targets, { trustedKeysFile })) console.log(`${path.relative(process.cwd(), signed.signatureFile)} (key ${signed.keyId})`);
    return 0;
  }
  if (command === 'keygen' && rest.length === 1) {
    const { keyId, spki } = generateSigningKey(rest[0]);
    console.log(`Private key written to ${rest[0]} (keep it offline; never commit it).`);
    console.log(`Add to electron/updates/vendor-update-keys.ts:\n  // key id ${keyId}\n  { spki: '${spki}' },`);
    return 0;
  }
  return usage();
}

function usage() {
  console.error('Usage: node scripts/sign-update.mjs sign <release dir | latest*.yml ...> [--trusted-keys <file>]\n       node scripts/sign-update.mjs keygen <private key file>');
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
