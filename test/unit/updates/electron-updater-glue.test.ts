// electron/app/updater.ts over the real electron-updater (its AppImage updater, run in Node
// the way electron-updater's own tests run it: an app adapter and Node's HTTP client) against
// a generic feed on loopback: the feed and headers from settings, a bad version refused, the
// download checked against the feed's sha512, the AppImage replaced and the new one started.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { detectInstallKind, electronUpdaterPort, startKioskUpdates } from '../../../electron/app/updater.ts';
import type { ElectronUpdater } from '../../../electron/app/updater.ts';
import { ActivityMonitor } from '../../../electron/updates/activity-monitor.ts';
import { UpdateRecordFile } from '../../../electron/updates/update-record.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { FakeClock } from './fake-clock.ts';

vi.mock('electron', () => ({}));

const require = createRequire(import.meta.url);
// electron-updater require()s 'electron' itself (quitAndInstall emits on its autoUpdater):
// the stand-in goes into Node's module cache under the real package's file.
const electronId = require.resolve('electron');
require.cache[electronId] = { id: electronId, filename: electronId, loaded: true, exports: { autoUpdater: new EventEmitter() } } as NodeJS.Module;
const { AppImageUpdater } = require('electron-updater') as typeof import('electron-updater'); // eslint-disable-line @typescript-eslint/consistent-type-imports
const { NodeHttpExecutor } = require('builder-util/out/nodeHttpExecutor') as { NodeHttpExecutor: new () => object };
const { configureRequestOptions, configureRequestUrl } = require('builder-util-runtime') as {
  configureRequestOptions(options: object): void;
  configureRequestUrl(url: URL, options: object): void;
};

interface DownloadOptions {
  headers?: Record<string, string>;
  cancellationToken: { createPromise<T>(run: (resolve: (v: T) => void, reject: (e: Error) => void, onCancel: unknown) => void): Promise<T> };
}

/** Node's HTTP client with the file download electron-updater's Electron client adds (same code path). */
class NodeDownloadExecutor extends (NodeHttpExecutor as new () => { doDownload(options: object, task: object, redirects: number): void }) {
  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions = { headers: options.headers, redirect: 'manual' };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error: Error | null) => (error ? reject(error) : resolve(destination)), responseHandler: null },
        0,
      );
    });
  }
}

const tempDir = useTempDir('kiosk-updater-');

interface Feed {
  version: string;
  body: Buffer;
  requests: { url: string; authorization: string | undefined }[];
}

let server: http.Server;
let base: string;
const feed: Feed = { version: '1.1.0', body: Buffer.alloc(0), requests: [] };
const fileName = () => `receipt-kiosk-${feed.version}-x86_64.AppImage`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    feed.requests.push({ url, authorization: req.headers.authorization });
    const sha512 = createHash('sha512').update(feed.body).digest('base64');
    if (url === '/updates/latest-linux.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml' });
      res.end(
        `version: ${feed.version}\nfiles:\n  - url: ${fileName()}\n    sha512: ${sha512}\n    size: ${feed.body.length}\npath: ${fileName()}\nsha512: ${sha512}\nreleaseDate: '2026-11-20T00:00:00.000Z'\n`,
      );
    } else if (url === `/updates/${fileName()}`) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': feed.body.length });
      res.end(feed.body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A packaged AppImage kiosk at version 1.0.0, as far as electron-updater can tell. */
function appImageKiosk() {
  const dir = tempDir();
  const appImage = path.join(dir, 'receipt-kiosk.AppImage');
  fs.writeFileSync(appImage, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const marker = path.join(dir, 'started');
  // The "new version": a script that says it was started.
  feed.body = Buffer.from(`#!/bin/sh\necho "$APPIMAGE_SILENT_INSTALL" > '${marker}'\n`);
  feed.requests = [];
  fs.writeFileSync(path.join(dir, 'app-update.yml'), 'provider: generic\nurl: https://updates.example.invalid/\nupdaterCacheDirName: receipt-kiosk-updater\n');
  const quit = vi.fn();
  const adapter = {
    version: '1.0.0',
    name: 'receipt-kiosk',
    isPackaged: true,
    appUpdateConfigPath: path.join(dir, 'app-update.yml'),
    userDataPath: path.join(dir, 'userData'),
    baseCachePath: path.join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    quit,
    relaunch: vi.fn(),
    onQuit: () => undefined,
  };
  vi.stubEnv('APPIMAGE', appImage);
  const updater = new AppImageUpdater(null, adapter as never);
  (updater as unknown as { httpExecutor: unknown }).httpExecutor = new NodeDownloadExecutor();
  return { updater, appImage, marker, quit, dir };
}

describe('electronUpdaterPort over electron-updater', () => {
  it('checks the district feed with the kiosk’s headers, downloads, verifies and installs; the new AppImage starts silently', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage');
      expect(kiosk.updater.autoDownload).toBe(false);
      expect(kiosk.updater.autoInstallOnAppQuit).toBe(false);
      const found = await port.check({ url: `${base}/updates/`, headers: { Authorization: 'Bearer kiosk-token' } }, () => true);
      expect(found).toEqual({ version: '1.1.0', available: true });
      expect(feed.requests[0]).toEqual({ url: '/updates/latest-linux.yml', authorization: 'Bearer kiosk-token' });

      await port.download();
      expect(feed.requests.map((r) => r.url)).toContain(`/updates/${fileName()}`);

      port.install();
      await vi.waitFor(() => expect(fs.existsSync(kiosk.marker)).toBe(true), { timeout: 5000 });
      expect(fs.readFileSync(kiosk.marker, 'utf8').trim()).toBe('true');
      await vi.waitFor(() => expect(kiosk.quit).toHaveBeenCalled());
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a version the policy refuses is "not available" to electron-updater, and nothing is downloaded', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage');
      const accept = vi.fn(() => false);
      await expect(port.check({ url: `${base}/updates/`, headers: {} }, accept)).resolves.toEqual({ version: '1.1.0', available: false });
      expect(accept).toHaveBeenCalledWith('1.1.0');
      await expect(port.download()).rejects.toThrow();
      expect(feed.requests.map((r) => r.url)).toEqual(['/updates/latest-linux.yml']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a download that does not match the feed’s sha512 fails', async () => {
    const kiosk = appImageKiosk();
    try {
      const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage');
      await port.check({ url: `${base}/updates/`, headers: {} }, () => true);
      const honest = feed.body;
      feed.body = Buffer.from('#!/bin/sh\necho tampered\n');
      // The feed now describes the tampered file, but electron-updater already holds the sha512 it checked.
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
