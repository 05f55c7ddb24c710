// The main process's recovery and update wiring (electron/app/start-kiosk.ts) with Electron
// replaced by the fakes: a host that cannot start, uncaught errors, a renderer that keeps
// crashing, and an update that waits for nobody to be at the kiosk.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../../../../shared/contract/index.ts';
import { startKiosk } from '../../../../electron/app/start-kiosk.ts';
import type { KioskElectron } from '../../../../electron/app/start-kiosk.ts';
import type { UpdaterPort } from '../../../../electron/updates/update-controller.ts';
import { UpdateRecordFile } from '../../../../electron/updates/update-record.ts';
import { FakeBrowserWindow, FakeIpcMain, FakeSession, appFrame, fakeHost } from './fakes.ts';
import { FakeClock, flush } from '../updates/fake-clock.ts';

vi.mock('electron', () => ({}));

let appPath: string;
let userData: string;
beforeAll(() => {
  vi.stubEnv('KIOSK_LOG', 'silent');
  appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-app-'));
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-userdata-'));
  fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kiosk</title>');
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(appPath, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
});

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly requestSingleInstanceLock = vi.fn(() => true);
  whenReady = () => Promise.resolve();
  getAppPath = () => appPath;
  getPath = () => userData;
}

class Window extends FakeBrowserWindow {
  constructor(options: Record<string, unknown>) {
    super(options);
    Object.assign(this.webContents, { forcefullyCrashRenderer: vi.fn(), getURL: () => 'kiosk://app/index.html' });
  }
}

const KIOSK_URL = 'kiosk://app/index.html';
const INFO = { version: '0.1.0', demo: true, siteName: 'x', defaultLanguage: 'vi', idleTimeoutSec: 90, sync: { state: 'demo', lastSuccessAt: null, lastError: null } };

function setUp(options: { createHost?: () => Promise<ReturnType<typeof fakeHost>>; updater?: UpdaterPort } = {}) {
  FakeBrowserWindow.instances = [];
  const clock = new FakeClock();
  const app = new FakeApp();
  const ipcMain = new FakeIpcMain();
  const host = fakeHost();
  host.call.mockImplementation(async (method) => (method === 'getKioskInfo' ? { ok: true, result: INFO } : { ok: true, result: {} }));
  const createHost = vi.fn(options.createHost ?? (async () => host));
  let processError: (error: unknown) => void = () => undefined;
  const electron = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: new FakeSession() },
    ipcMain,
    Menu: { setApplicationMenu: vi.fn() },
    BrowserWindow: Window,
  };
  const run = startKiosk({
    electron: electron as unknown as KioskElectron,
    createHost,
    env: {},
    resourcesPath: '/opt/kiosk/resources',
    version: '0.1.0',
    timers: clock.timers,
    now: clock.ms,
    updater: () => options.updater ?? null,
    onProcessError: (listener) => (processError = listener),
  });
  return { clock, app, ipcMain, host, createHost, run, raise: (error: unknown) => processError(error) };
}

const loads = (window: FakeBrowserWindow | undefined) => window?.loadURL.mock.calls.map(([url]) => (url.startsWith('data:') ? 'out-of-service' : url)) ?? [];

describe('start-up and host failures', () => {
  it('a host that cannot start: the out-of-service page says why, and the kiosk page loads once the host runs', async () => {
    let attempts = 0;
    const host = fakeHost();
    const { clock, run } = setUp({
      createHost: async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('SqliteError: database is locked');
        return host;
      },
    });
    const started = await run.ready;
    const window = FakeBrowserWindow.instances[0];
    expect(started?.window).toBe(window);
    expect(loads(window)).toEqual(['out-of-service']);
    expect(decodeURIComponent(window!.loadURL.mock.calls[0]![0])).toContain('database is locked');
    await clock.advance(2000 + 4000);
    expect(attempts).toBe(3);
    expect(loads(window)).toEqual(['out-of-service', KIOSK_URL]);
    await started?.host.close();
  });

  it('an uncaught error in the main process restarts the host; IPC keeps working through the restart', async () => {
    const { clock, run, createHost, ipcMain, raise } = setUp();
    await run.ready;
    raise(new TypeError('Cannot read properties of undefined'));
    await clock.advance(0);
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    await clock.advance(2000);
    expect(createHost).toHaveBeenCalledTimes(2);
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {})).resolves.toMatchObject({ ok: true });
  });
});

describe('renderer crashes', () => {
  it('reloads with growing delays, then the out-of-service page, then tries again', async () => {
    const { clock, run } = setUp();
    await run.ready;
    const window = FakeBrowserWindow.instances[0]!;
    for (let i = 0; i < 4; i++) {
      window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      await clock.advance(i < 3 ? 2 ** i * 1000 : 0);
    }
    expect(loads(window)).toEqual([KIOSK_URL, KIOSK_URL, KIOSK_URL, KIOSK_URL, 'out-of-service']);
    await clock.advance(30_000);
    expect(loads(window).at(-1)).toBe(KIOSK_URL);
  });
});

describe('updates', () => {
  function fakePort() {
    return {
      kind: 'appimage' as const,
      check: vi.fn(async (_feed: unknown, accept: (v: string) => boolean) => ({ version: '0.2.0', available: accept('0.2.0') })),
      download: vi.fn(async () => undefined),
      install: vi.fn(),
    } satisfies UpdaterPort;
  }

  it('installs a downloaded update only after five minutes without a touch on the screen', async () => {
    const updater = fakePort();
    const { clock, run, host } = setUp({ updater });
    (host as unknown as { updateFeed: () => unknown }).updateFeed = () => ({ url: 'https://district.example/updates/', headers: {} });
    await run.ready;
    const window = FakeBrowserWindow.instances[0]!;
    await clock.advance(2 * 60_000);
    expect(updater.download).toHaveBeenCalled();
    for (let i = 0; i < 10; i++) {
      window.webContents.emit('input-event', {}, { type: 'touchStart' });
      await clock.advance(60_000);
    }
    expect(updater.install).not.toHaveBeenCalled();
    await clock.advance(5 * 60_000 + 30_000);
    expect(updater.install).toHaveBeenCalledTimes(1);
    expect(new UpdateRecordFile(path.join(userData, 'update-record.json')).read().pending).toMatchObject({ from: '0.1.0', to: '0.2.0' });
    await run.ready.then((s) => s?.host.close());
    fs.rmSync(path.join(userData, 'update-record.json'), { force: true });
  });

  it('a freshly installed version is healthy once the UI has answered over IPC and a minute went by', async () => {
    new UpdateRecordFile(path.join(userData, 'update-record.json')).write({
      bad: [],
      installFailures: {},
      trial: null,
      pending: { from: '0.0.9', to: '0.1.0', at: '2026-11-20T00:00:00Z' },
    });
    const { clock, run, ipcMain } = setUp({ updater: fakePort() });
    await run.ready;
    const record = () => new UpdateRecordFile(path.join(userData, 'update-record.json')).read();
    expect(record().trial).toMatchObject({ version: '0.1.0', starts: 1 });
    await ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {});
    await flush();
    await clock.advance(60_000);
    expect(record().trial).toBeNull();
    expect(record().bad).toEqual([]);
    fs.rmSync(path.join(userData, 'update-record.json'), { force: true });
  });
});
