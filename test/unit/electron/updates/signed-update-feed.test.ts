// Update metadata is trusted only when the vendor signed it: electron-updater's real
// AppImageUpdater against a loopback feed, through electron/app/updater.ts's port.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { electronUpdaterPort } from '../../../../electron/app/updater.ts';
import type { ElectronUpdater } from '../../../../electron/app/updater.ts';
import { SignedUpdates } from '../../../../electron/updates/signed-updates.ts';
import { emptyUpdateRecord } from '../../../../electron/updates/update-record.ts';
import type { UpdateRecord } from '../../../../electron/updates/update-record.ts';
import { verifyUpdateMetadata } from '../../../../electron/updates/update-signature.ts';
import { VENDOR_UPDATE_KEYS } from '../../../../electron/updates/vendor-update-keys.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { feedUpdateController } from './feed-update-controller.ts';
import { appImageKiosk, signatureFile, INSTALLER_TEST_TIMEOUT_MS, STAND_IN_INSTALL_WAIT_MS, startUpdateFeed, updateSigningKey } from './update-feed-harness.ts';
import type { UpdateFeedServer } from './update-feed-harness.ts';

vi.mock('electron', () => ({}));

const tempDir = useTempDir('kiosk-signed-update-');
const vendorKey = updateSigningKey();
const otherKey = updateSigningKey();
let feed: UpdateFeedServer;

beforeAll(async () => {
  feed = await startUpdateFeed(vendorKey);
});
afterAll(() => feed.close());
afterEach(() => {
  feed.signature = (fileName, metadata) => signatureFile(fileName, metadata, vendorKey);
  feed.tamper = (metadata) => metadata;
  vi.unstubAllEnvs();
});

function kioskPort() {
  const kiosk = appImageKiosk(feed, tempDir());
  const signed = new SignedUpdates([vendorKey.trusted]);
  return { kiosk, signed, port: electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', signed) };
}

const check = (port: ReturnType<typeof kioskPort>['port']) => port.check({ url: `${feed.base}/updates/`, headers: {} }, () => true);
const downloads = () => feed.requests.filter((r) => r.url.endsWith('.AppImage'));

describe('signed update metadata', () => {
  it('metadata signed by the vendor key is accepted, downloaded and installed', async () => {
    const { kiosk, port } = kioskPort();
    await expect(check(port)).resolves.toEqual({ version: '1.1.0', available: true });
    await port.download();
    port.install();
    await vi.waitFor(() => expect(fs.existsSync(kiosk.marker)).toBe(true), { timeout: STAND_IN_INSTALL_WAIT_MS });
  }, INSTALLER_TEST_TIMEOUT_MS);

  it('unsigned metadata is refused and nothing is downloaded', async () => {
    feed.signature = () => null;
    const { port } = kioskPort();
    await expect(check(port)).rejects.toThrow(/latest-linux\.yml is not signed \(no latest-linux\.yml\.sig beside it\)/);
    await expect(port.download()).rejects.toThrow();
    expect(downloads()).toEqual([]);
  });

  it('metadata signed by another key is refused', async () => {
    feed.signature = (fileName, metadata) => signatureFile(fileName, metadata, otherKey);
    const { port } = kioskPort();
    await expect(check(port)).rejects.toThrow(new RegExp(`signed by key ${otherKey.keyId}, which this kiosk does not trust`));
    expect(downloads()).toEqual([]);
  });

  it('metadata changed after signing is refused (another file and its sha512 slipped in)', async () => {
    feed.tamper = (metadata) => metadata.replaceAll(/sha512: \S+/g, `sha512: ${Buffer.alloc(64, 7).toString('base64')}`);
    const { port } = kioskPort();
    await expect(check(port)).rejects.toThrow(/does not match its signature/);
    expect(downloads()).toEqual([]);
  });

  it('a signature made for latest.yml (Windows) does not vouch for latest-linux.yml', async () => {
    feed.signature = (_fileName, metadata) => signatureFile('latest.yml', metadata, vendorKey);
    const { port } = kioskPort();
    await expect(check(port)).rejects.toThrow(/does not match its signature/);
  });

  it('a garbled signature file is refused with what was expected', async () => {
    feed.signature = () => 'not a signature';
    const { port } = kioskPort();
    await expect(check(port)).rejects.toThrow(/is not an update signature/);
  });

  it('a downloaded file is hashed again against the signed metadata before it may be installed', async () => {
    const { kiosk, signed, port } = kioskPort();
    await expect(signed.checkDownloaded([kiosk.appImage])).rejects.toThrow(/no signed metadata/);
    await check(port);
    const stranger = path.join(kiosk.dir, 'stranger.AppImage');
    fs.writeFileSync(stranger, 'not the signed file');
    await expect(signed.checkDownloaded([stranger])).rejects.toThrow(/does not match the sha512 in the signed metadata of 1\.1\.0/);
    expect(fs.existsSync(stranger)).toBe(false);
    const honest = path.join(kiosk.dir, 'honest.AppImage');
    fs.writeFileSync(honest, feed.body);
    await expect(signed.checkDownloaded([honest])).resolves.toBeUndefined();
  });

  it('the technician sees why: the controller reports the refusal and installs nothing', async () => {
    feed.signature = (fileName, metadata) => signatureFile(fileName, metadata, otherKey);
    const { port } = kioskPort();
    let record = emptyUpdateRecord();
    const store = { read: () => record, write: (next: UpdateRecord) => (record = next) };
    const controller = feedUpdateController({ feed, updater: port, store, currentVersion: '1.0.0' });
    await controller.checkNow();
    const report = controller.report();
    expect(report.state).toBe('error');
    expect(report.lastError).toMatch(/^Update refused: latest-linux\.yml is signed by key [0-9a-f]{16}, which this kiosk does not trust\. The kiosk installs only updates signed with the vendor's key/);
    expect(downloads()).toEqual([]);
  });
});

describe('the vendor keys shipped in the app', () => {
  it('are ed25519 keys the verifier loads, and a signature by any other key is refused', () => {
    expect(VENDOR_UPDATE_KEYS.length).toBeGreaterThan(0);
    const metadata = 'version: 1.1.0\n';
    const verdict = verifyUpdateMetadata('latest-linux.yml', Buffer.from(metadata), signatureFile('latest-linux.yml', metadata, otherKey), VENDOR_UPDATE_KEYS);
    expect(verdict).toEqual({ ok: false, reason: `latest-linux.yml is signed by key ${otherKey.keyId}, which this kiosk does not trust` });
  });
});
