// electron/app/updater.ts over the real electron-updater (its AppImage updater, run in Node)
// against a generic feed on loopback, signed by the vendor key: the feed and headers from
// settings, a bad version refused, the download checked against the signed sha512, the
// AppImage replaced and the new one started.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { detectInstallKind, electronUpdaterPort, startKioskUpdates } from '../../../../electron/app/updater.ts';
import type { ElectronUpdater } from '../../../../electron/app/updater.ts';
import { ActivityMonitor } from '../../../../electron/updates/activity-monitor.ts';
import { SignedUpdates } from '../../../../electron/updates/signed-updates.ts';
import { UpdateRecordFile } from '../../../../electron/updates/update-record.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { FakeClock } from './fake-clock.ts';
import { appImageKiosk as kioskIn, INSTALLER_TEST_TIMEOUT_MS, STAND_IN_INSTALL_WAIT_MS, startUpdateFeed, updateSigningKey } from './update-feed-harness.ts';
import type { UpdateFeedServer } from './update-feed-harness.ts';

vi.mock('electron', () => ({}));

const tempDir = useTempDir('kiosk-updater-');
const vendorKey = updateSigningKey();
let feed: UpdateFeedServer;
let base: string;
const fileName = () => feed.fileName();
const signedBy = () => new SignedUpdates([vendorKey.trusted]);

beforeAll(async () => {
  feed = await startUpdateFeed(vendorKey);
  base = feed.base;
});
afterAll(() => feed.close());

const appImageKiosk = () => kioskIn(feed, tempDir());

describe('electronUpdaterPort over electron-updater', () => {
  it('checks the district feed with the kiosk’s headers, downloads, verifies and installs; the new AppImage starts silently', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', signedBy());
      expect(kiosk.updater.autoDownload).toBe(false);
      expect(kiosk.updater.autoInstallOnAppQuit).toBe(false);
      const found = await port.check({ url: `${base}/updates/`, headers: { Authorization: 'Bearer kiosk-token' } }, () => true);
      expect(found).toEqual({ version: '1.1.0', available: true });
      expect(feed.requests[0]).toEqual({ url: '/updates/latest-linux.yml', authorization: 'Bearer kiosk-token' });

      await port.download();
      expect(feed.requests.map((r) => r.url)).toContain(`/updates/${fileName()}`);

      port.install();
      await vi.waitFor(() => expect(fs.existsSync(kiosk.marker)).toBe(true), { timeout: STAND_IN_INSTALL_WAIT_MS });
      expect(fs.readFileSync(kiosk.marker, 'utf8').trim()).toBe('true');
      await vi.waitFor(() => expect(kiosk.quit).toHaveBeenCalled());
    } finally {
      vi.unstubAllEnvs();
    }
  }, INSTALLER_TEST_TIMEOUT_MS);

  it('a version the policy refuses is "not available" to electron-updater, and nothing is downloaded', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', signedBy());
      const accept = vi.fn(() => false);
      await expect(port.check({ url: `${base}/updates/`, headers: {} }, accept)).resolves.toEqual({ version: '1.1.0', available: false });
      expect(accept).toHaveBeenCalledWith('1.1.0');
      await expect(port.download()).rejects.toThrow();
      expect(feed.requests.map((r) => r.url)).toEqual(['/updates/latest-linux.yml', '/updates/latest-linux.yml.sig']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a download that does not match the feed’s sha512 fails', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', signedBy());
      await port.check({ url: `${base}/updates/`, headers: {} }, () => true);
      const honest = feed.body;
      feed.body = Buffer.from('#!/bin/sh\necho tampered\n');
      // The feed now describes the tampered file, but electron-updater already holds the signed sha512 it checked.
      await expect(port.download()).rejects.toThrow(/sha512/);
      feed.body = honest;
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('detectInstallKind', () => {
  it.each([
    [{ platform: 'linux', isPackaged: false, appImage: '/x.AppImage' }, null, 'unsupported'],
    [{ platform: 'linux', isPackaged: true, appImage: '/opt/k.AppImage' }, null, 'appimage'],
    [{ platform: 'linux', isPackaged: true, appImage: undefined }, 'deb\n', 'deb'],
    [{ platform: 'linux', isPackaged: true, appImage: undefined }, null, 'unsupported'],
    [{ platform: 'win32', isPackaged: true, appImage: undefined }, null, 'nsis'],
    [{ platform: 'darwin', isPackaged: true, appImage: undefined }, null, 'unsupported'],
  ] as const)('%o with package-type %o → %s', (input, packageType, expected) => {
    expect(detectInstallKind({ ...input, resourcesPath: '/r', readFile: () => packageType })).toBe(expected);
  });
});

describe('startKioskUpdates', () => {
  it('settles the last run at start-up and calls this version healthy once the UI answered and stayed up a minute', async () => {
    const clock = new FakeClock();
    const recordFile = path.join(tempDir(), 'update-record.json');
    new UpdateRecordFile(recordFile).write({ bad: [], installFailures: {}, trial: null, pending: { from: '1.0.0', to: '1.1.0', at: '2026-11-20T00:00:00Z' } });
    const port = { kind: 'appimage' as const, check: vi.fn(async () => null), download: vi.fn(), install: vi.fn() };
    const updates = startKioskUpdates({
      port,
      recordFile,
      version: '1.1.0',
      feed: () => null,
      activity: new ActivityMonitor(clock.ms),
      idleTimeoutSec: () => 90,
      timers: clock.timers,
    });
    expect(updates.controller.report().trial).toEqual({ version: '1.1.0', starts: 1 });
    updates.uiAnswered();
    await clock.advance(30_000);
    updates.uiFailed(); // a crash resets the minute
    updates.uiAnswered();
    await clock.advance(59_000);
    expect(new UpdateRecordFile(recordFile).read().trial).not.toBeNull();
    await clock.advance(1_000);
    expect(new UpdateRecordFile(recordFile).read().trial).toBeNull();
    updates.stop();
  });
});
