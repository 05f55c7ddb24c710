// scripts/sign-update.mjs as a release engineer runs it: a key pair made by keygen, the
// metadata of a release folder signed, and the kiosk's verifier accepting exactly that.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyIdOf, verifyUpdateMetadata } from '../../../../electron/updates/update-signature.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-sign-update-');
const script = path.resolve('scripts/sign-update.mjs');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

function releaseWithKey() {
  const dir = tempDir();
  const keyFile = path.join(dir, 'signing.pem');
  const keygen = run(['keygen', keyFile]);
  expect(keygen.status).toBe(0);
  const spki = /spki: '([^']+)'/.exec(keygen.stdout)![1]!;
  const trustedKeys = path.join(dir, 'vendor-update-keys.ts');
  fs.writeFileSync(trustedKeys, `export const VENDOR_UPDATE_KEYS = [{ spki: '${spki}' }];\n`);
  const release = path.join(dir, 'release');
  fs.mkdirSync(release);
  fs.writeFileSync(path.join(release, 'latest-linux.yml'), 'version: 1.2.0\npath: k.AppImage\nsha512: abc\n');
  fs.writeFileSync(path.join(release, 'latest.yml'), 'version: 1.2.0\npath: k.exe\nsha512: def\n');
  fs.writeFileSync(path.join(release, 'k.AppImage'), 'binary');
  return { dir, keyFile, spki, trustedKeys, release };
}

describe('scripts/sign-update.mjs', () => {
  it('keygen writes a private key only its owner can read, and never over an existing one', () => {
    const { keyFile } = releaseWithKey();
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const again = run(['keygen', keyFile]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/EEXIST/);
  });

  it('signs every latest*.yml of a release with the key from the environment; the kiosk accepts each', () => {
    const { keyFile, spki, trustedKeys, release } = releaseWithKey();
    const signed = run(['sign', release, '--trusted-keys', trustedKeys], { KIOSK_UPDATE_SIGNING_KEY_FILE: keyFile });
    expect(signed.stderr).toBe('');
    expect(signed.status).toBe(0);
    expect(fs.readdirSync(release).sort()).toEqual(['k.AppImage', 'latest-linux.yml', 'latest-linux.yml.sig', 'latest.yml', 'latest.yml.sig']);
    for (const name of ['latest-linux.yml', 'latest.yml']) {
      const metadata = fs.readFileSync(path.join(release, name));
      const signature = fs.readFileSync(path.join(release, `${name}.sig`), 'utf8');
      expect(verifyUpdateMetadata(name, metadata, signature, [{ spki }])).toMatchObject({ ok: true });
      expect(verifyUpdateMetadata(name, Buffer.concat([metadata, Buffer.from('#')]), signature, [{ spki }])).toMatchObject({ ok: false });
    }
  });

  // The script keeps its own copy of signedPayload and keyIdOf (plain node cannot import the
  // .ts module): what it writes must be what the kiosk's update-signature.ts verifies.
  it('writes the key id the kiosk computes, and any single changed byte of the metadata is refused', () => {
    const { keyFile, spki, trustedKeys, release } = releaseWithKey();
    expect(run(['sign', release, '--trusted-keys', trustedKeys], { KIOSK_UPDATE_SIGNING_KEY_FILE: keyFile }).status).toBe(0);
    const name = 'latest-linux.yml';
    const metadata = fs.readFileSync(path.join(release, name));
    const signature = fs.readFileSync(path.join(release, `${name}.sig`), 'utf8');
    const keyId = keyIdOf(Buffer.from(spki, 'base64'));
    expect(signature.split(' ')[1]).toBe(keyId);
    expect(verifyUpdateMetadata(name, metadata, signature, [{ spki }])).toEqual({ ok: true, keyId });
    for (let at = 0; at < metadata.length; at++) {
      const changed = Buffer.from(metadata);
      changed[at] = changed[at]! ^ 0x01;
      expect(verifyUpdateMetadata(name, changed, signature, [{ spki }]), `byte ${at}`).toMatchObject({ ok: false });
    }
    expect(verifyUpdateMetadata('latest.yml', metadata, signature, [{ spki }])).toMatchObject({ ok: false });
  });

  it('takes the PEM text itself from KIOSK_UPDATE_SIGNING_KEY', () => {
    const { keyFile, trustedKeys, release } = releaseWithKey();
    const signed = run(['sign', path.join(release, 'latest.yml'), '--trusted-keys', trustedKeys], { KIOSK_UPDATE_SIGNING_KEY: fs.readFileSync(keyFile, 'utf8') });
    expect(signed.status).toBe(0);
    expect(fs.existsSync(path.join(release, 'latest.yml.sig'))).toBe(true);
    expect(fs.existsSync(path.join(release, 'latest-linux.yml.sig'))).toBe(false);
  });

  it('refuses without a key, and with a key the app does not list', () => {
    const { release, dir } = releaseWithKey();
    const noKey = run(['sign', release]);
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toMatch(/No signing key: set KIOSK_UPDATE_SIGNING_KEY/);
    const strangerKey = path.join(dir, 'stranger.pem');
    expect(run(['keygen', strangerKey]).status).toBe(0);
    const untrusted = run(['sign', release], { KIOSK_UPDATE_SIGNING_KEY_FILE: strangerKey });
    expect(untrusted.status).toBe(1);
    expect(untrusted.stderr).toMatch(/is not listed in electron\/updates\/vendor-update-keys\.ts: no kiosk would install what it signs/);
    expect(fs.readdirSync(release).some((name) => name.endsWith('.sig'))).toBe(false);
  });
});
