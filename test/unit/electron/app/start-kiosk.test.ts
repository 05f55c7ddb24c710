import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../../shared/contract/index.ts';
import type { KioskHostOptions } from '../../../../electron/host/kiosk-host.types.ts';
import { kioskMode, startKiosk } from '../../../../electron/app/start-kiosk.ts';
import type { KioskElectron } from '../../../../electron/app/start-kiosk.ts';
import { electronSqliteBinding, kioskPaths } from '../../../../electron/app/kiosk-paths.ts';
import { FakeBrowserWindow, FakeIpcMain, FakeSession, appFrame, cancellable, fakeHost } from './fakes.ts';

const packageVersion = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { version: string }).version;

vi.mock('electron', () => ({}));

let appPath: string;
beforeAll(() => {
  vi.stubEnv('KIOSK_LOG', 'silent');
  appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-app-'));
  fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Kiosk</title>');
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(appPath, { recursive: true, force: true });
});

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
  private resolveReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.resolveReady();
  }
  getAppPath(): string {
    return appPath;
  }
  getPath(name: string): string {
    return path.join('/userdata', name === 'userData' ? '' : name);
  }
}

interface Setup {
  env?: Record<string, string | undefined>;
  isPackaged?: boolean;
  gotLock?: boolean;
  exists?: (file: string) => boolean;
  createHost?: (options: KioskHostOptions) => Promise<ReturnType<typeof fakeHost>>;
  version?: string;
  utilityProcess?: KioskElectron['utilityProcess'];
}

function setUp(options: Setup = {}) {
  FakeBrowserWindow.instances = [];
  const app = new FakeApp();
  app.isPackaged = options.isPackaged ?? false;
  app.gotLock = options.gotLock ?? true;
  const session = new FakeSession();
  const ipcMain = new FakeIpcMain();
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  const Menu = { setApplicationMenu: vi.fn() };
  const host = fakeHost();
  const createHost = vi.fn(options.createHost ?? (async () => host));
  const electron = { app, protocol, session: { defaultSession: session }, ipcMain, Menu, BrowserWindow: FakeBrowserWindow, utilityProcess: options.utilityProcess };
  const run = startKiosk({
    electron: electron as unknown as KioskElectron,
    createHost,
    env: options.env ?? {},
    resourcesPath: '/opt/kiosk/resources',
    exists: options.exists ?? fs.existsSync,
    version: options.version,
  });
  const started = async () => {
    app.becomeReady();
    const result = await run.ready;
    return { result, window: FakeBrowserWindow.instances[0] };
  };
  return { app, session, ipcMain, protocol, Menu, host, createHost, run, started };
}

describe('startKiosk before ready', () => {
  it('registers kiosk: as a privileged standard, secure, fetch-capable scheme, enables the sandbox and the app-wide guards', () => {
    const { app, protocol, createHost } = setUp();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'kiosk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(createHost).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { app, protocol, run, createHost } = setUp({ gotLock: false });
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    await expect(run.ready).resolves.toBeNull();
    expect(createHost).not.toHaveBeenCalled();
  });
});

describe('startKiosk on ready', () => {
  it('opens the host on userData/kiosk.db with demo data and the Electron build of better-sqlite3', async () => {
    const binding = path.join(appPath, 'build', 'native', 'electron', 'better_sqlite3.node');
    const feedWorker = path.join(appPath, 'dist-electron', 'feed-worker.cjs');
    const { createHost, started } = setUp({ exists: (file) => file === binding || file === feedWorker || fs.existsSync(file) });
    await started();
    expect(createHost).toHaveBeenCalledExactlyOnceWith({
      dbPath: path.join('/userdata', 'kiosk.db'),
      // Without app.getVersion(), package.json's: the one version the updater compares too.
      version: packageVersion,
      demoWhenEmpty: true,
      nativeBinding: binding,
      assetsDir: path.join(appPath, 'assets'),
      // The change feed is parsed in this worker thread while the main thread writes.
      feedWorkerScript: feedWorker,
      // Without Electron's utilityProcess, espeak-ng is started from the main process.
      speechHelperScript: null,
      // The heartbeat's view of the updater (electron/app/updater.ts).
      updateStatus: expect.any(Function),
      // Technician mode's "restart services" goes to the supervisor.
      requestRestart: expect.any(Function),
    });
  });

  it("gives the host the app's version, the one the updater and the out-of-service page use", async () => {
    const { createHost, started } = setUp({ version: '7.8.9' });
    await started();
    expect(createHost.mock.calls[0]?.[0].version).toBe('7.8.9');
  });

  it('passes no nativeBinding when the Electron build is missing', async () => {
    const { createHost, started } = setUp();
    await started();
    expect(createHost.mock.calls[0]?.[0].nativeBinding).toBeUndefined();
  });

  it('passes no feed worker when the bundle lacks it: the feed is then parsed on the main thread', async () => {
    const { createHost, started } = setUp({ exists: (file) => !file.endsWith('feed-worker.cjs') && fs.existsSync(file) });
    await started();
    expect(createHost.mock.calls[0]?.[0].feedWorkerScript).toBeNull();
  });

  it('launches the bundled speech helper as a utility process: its messages both ways, its end, its kill', async () => {
    const helper = path.join(appPath, 'dist-electron', 'speech-helper.cjs');
    const child = Object.assign(new EventEmitter(), { pid: 4242, postMessage: vi.fn(), kill: vi.fn(() => true) });
    const fork = vi.fn(() => child);
    const { createHost, started } = setUp({ exists: (file) => file === helper || fs.existsSync(file), utilityProcess: { fork } as unknown as KioskElectron['utilityProcess'] });
    await started();
    const options = createHost.mock.calls[0]![0];
    expect(options.speechHelperScript).toBe(helper);
    const channel = options.launchHelper!(helper, ['{}'], { PATH: '/usr/bin', UNSET: undefined });
    expect(fork).toHaveBeenCalledExactlyOnceWith(helper, ['{}'], { serviceName: 'Receipt kiosk speech', stdio: 'ignore', env: { PATH: '/usr/bin' } });
    expect(channel.pid).toBe(4242);
    const received: unknown[] = [];
    channel.onMessage((message) => received.push(message));
    child.emit('message', { kind: 'spoken', id: 1, outcome: 'spoken' });
    expect(received).toEqual([{ kind: 'spoken', id: 1, outcome: 'spoken' }]);
    channel.send({ kind: 'stop' });
    expect(child.postMessage).toHaveBeenCalledWith({ kind: 'stop' });
    const ends = vi.fn();
    channel.onExit(ends);
    child.emit('exit', 1);
    child.emit('error', new Error('gone'));
    expect(ends).toHaveBeenCalledOnce();
    // Nothing is posted to a process that has ended.
    channel.send({ kind: 'stop' });
    expect(child.postMessage).toHaveBeenCalledOnce();
    channel.kill();
    expect(child.kill).toHaveBeenCalledOnce();
  });

  it('passes no speech helper when the bundle lacks it, even with utilityProcess', async () => {
    const { createHost, started } = setUp({ utilityProcess: { fork: vi.fn() } as unknown as KioskElectron['utilityProcess'] });
    await started();
    expect(createHost.mock.calls[0]?.[0].speechHelperScript).toBeNull();
    expect(createHost.mock.calls[0]?.[0].launchHelper).toBeUndefined();
  });

  it('exits with status 1, before opening the database, when the UI is not built', async () => {
    const { app, createHost, started } = setUp({ exists: (file) => !file.endsWith('index.html') && fs.existsSync(file) });
    const { result } = await started();
    expect(result).toBeNull();
    expect(createHost).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('applies the session policy to the default session', async () => {
    const { session, started } = setUp();
    await started();
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.beforeRequest).not.toBeNull();
  });

  it('grants the camera to the kiosk page exactly while the host’s kiosk info names one (scanner source camera)', async () => {
    const { session, ipcMain, host, started } = setUp();
    await started();
    const cameraRequest = () => {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, 'media', callback, { requestingUrl: 'kiosk://app/index.html', mediaTypes: ['video'], isMainFrame: true });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(cameraRequest()).toBe(false);
    host.call.mockResolvedValueOnce({ ok: true, result: { idleTimeoutSec: 90, camera: { deviceId: null, width: 1280, height: 720 } } });
    await ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {});
    expect(cameraRequest()).toBe(true);
    host.call.mockResolvedValueOnce({ ok: true, result: { idleTimeoutSec: 90, camera: null } });
    await ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {});
    expect(cameraRequest()).toBe(false);
  });

  it('serves dist/renderer/ of the app folder on kiosk: with the CSP', async () => {
    const { protocol, started } = setUp();
    await started();
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('kiosk');
    const response = await handler(new Request('kiosk://app/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Kiosk</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handler(new Request('kiosk://app/..%2f..%2fpackage.json'))).status).toBe(404);
  });

  it('wires IPC before loading kiosk://app/index.html in a locked-down window', async () => {
    const { ipcMain, host, started } = setUp();
    const { result, window } = await started();
    // The transports hold the host's supervisor (electron/recovery/host-supervisor.ts), which passes calls on.
    await expect(result?.host.call('getKioskInfo', {})).resolves.toEqual({ ok: true, result: { method: 'getKioskInfo', input: {} } });
    host.call.mockClear();
    expect(window).toBeDefined();
    if (!window) return;
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('kiosk://app/index.html');
    expect(ipcMain.handle.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0] ?? 0);
    expect(window.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, preload: path.join(appPath, 'dist-electron', 'preload.cjs') },
    });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, appFrame, 'getKioskInfo', {})).resolves.toMatchObject({ ok: true });
    expect(host.call).toHaveBeenCalledWith('getKioskInfo', {});
    await expect(ipcMain.invoke(IPC_CALL_CHANNEL, { url: 'https://example.com/', parent: null }, 'getKioskInfo', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    const event = { type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } } as const;
    host.emit(event);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, event);

    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('is a production kiosk when packaged: fullscreen, no devtools, no menu, shortcuts swallowed', async () => {
    const { Menu, started } = setUp({ isPackaged: true });
    const { window } = await started();
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, webPreferences: { devTools: false } });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    const reload = cancellable();
    window?.webContents.emit('before-input-event', reload, { key: 'r', code: 'KeyR', control: true, meta: false, alt: false, shift: false });
    expect(reload.defaultPrevented).toBe(true);
  });

  it('keeps devtools and the menu in development', async () => {
    const { Menu, started } = setUp();
    const { window } = await started();
    expect(window?.options).toMatchObject({ kiosk: false, fullscreen: false, webPreferences: { devTools: true } });
    expect(Menu.setApplicationMenu).not.toHaveBeenCalled();
  });

  it('the production build npm start runs is the full-screen kiosk; no variable turns it back into a window', async () => {
    const { started } = setUp({ env: { NODE_ENV: 'production', KIOSK_DEV: '1' } });
    const { window } = await started();
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, webPreferences: { devTools: false } });
  });

  it('shows the out-of-service page, and keeps trying, when the host cannot start', async () => {
    const { app, started } = setUp({
      createHost: async () => {
        throw new Error('NODE_MODULE_VERSION mismatch');
      },
    });
    const { result, window } = await started();
    expect(result?.window).toBe(window);
    expect(app.exit).not.toHaveBeenCalled();
    const shown = window?.loadURL.mock.calls[0]?.[0] ?? '';
    expect(shown.startsWith('data:text/html')).toBe(true);
    expect(decodeURIComponent(shown)).toContain('NODE_MODULE_VERSION mismatch');
    await result?.host.close();
  });
});

describe('startKiosk quitting', () => {
  it('closes the host before letting the app quit, once', async () => {
    const { app, host, ipcMain, started } = setUp();
    await started();
    const first = cancellable();
    app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(host.close).toHaveBeenCalledTimes(1);
    expect(ipcMain.handlers.size).toBe(0);

    const second = cancellable();
    app.emit('will-quit', second);
    expect(second.defaultPrevented).toBe(false);
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('closes a host that finishes opening after quit was requested, and opens no window', async () => {
    const host = fakeHost();
    let finishOpening: () => void = () => undefined;
    const { app, createHost, started } = setUp({ createHost: () => new Promise((resolve) => (finishOpening = () => resolve(host))) });
    const pending = started();
    await vi.waitFor(() => expect(createHost).toHaveBeenCalled());
    app.emit('before-quit', cancellable());
    finishOpening();
    const { result } = await pending;
    expect(result).toBeNull();
    expect(host.close).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(app.exit).not.toHaveBeenCalled();
  });

  it('keeps running when the page load is aborted', async () => {
    FakeBrowserWindow.loadError = new Error('ERR_ABORTED (-3) loading kiosk://app/index.html');
    try {
      const { app, host, started } = setUp();
      const { result, window } = await started();
      expect(result?.window).toBe(window);
      await vi.waitFor(() => expect(window?.loadURL).toHaveBeenCalled());
      expect(app.exit).not.toHaveBeenCalled();
      expect(host.close).not.toHaveBeenCalled();
    } finally {
      FakeBrowserWindow.loadError = null;
    }
  });

  it('reloads the kiosk page when the renderer crashes', async () => {
    const { started } = setUp();
    const { window } = await started();
    vi.useFakeTimers();
    try {
      window?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
      vi.advanceTimersByTime(5000);
      expect(window?.loadURL).toHaveBeenCalledTimes(2);
      expect(window?.loadURL).toHaveBeenLastCalledWith('kiosk://app/index.html');
    } finally {
      vi.useRealTimers();
    }
  });

  it('quits when the window is closed', () => {
    const { app } = setUp();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('focuses the running kiosk when a second instance starts', async () => {
    const { app, started } = setUp();
    const { window } = await started();
    app.emit('second-instance', {}, [], '/');
    expect(window?.focus).toHaveBeenCalled();
  });
});

describe('kioskMode and kioskPaths', () => {
  it('is production when packaged or NODE_ENV=production', () => {
    expect(kioskMode({ isPackaged: true }, {})).toEqual({ production: true, kiosk: true });
    expect(kioskMode({ isPackaged: false }, { NODE_ENV: 'production' })).toEqual({ production: true, kiosk: true });
    expect(kioskMode({ isPackaged: false }, {})).toEqual({ production: false, kiosk: false });
    expect(kioskMode({ isPackaged: true }, { KIOSK_DEV: '1' })).toEqual({ production: true, kiosk: true });
  });

  it('finds the Electron build of better-sqlite3 in build/ in development and in resources/ when packaged', () => {
    expect(electronSqliteBinding({ appPath: '/src/kiosk', resourcesPath: '/x', isPackaged: false })).toBe(
      path.join('/src/kiosk', 'build', 'native', 'electron', 'better_sqlite3.node'),
    );
    expect(electronSqliteBinding({ appPath: '/opt/kiosk/resources/app.asar', resourcesPath: '/opt/kiosk/resources', isPackaged: true })).toBe(
      path.join('/opt/kiosk/resources', 'native', 'better_sqlite3.node'),
    );
    const paths = kioskPaths({ appPath: '/a', userDataPath: '/u', resourcesPath: '/r', isPackaged: true, exists: () => true });
    expect(paths).toEqual({
      rendererRoot: path.join('/a', 'dist', 'renderer'),
      preloadPath: path.join('/a', 'dist-electron', 'preload.cjs'),
      feedWorkerScript: path.join('/a', 'dist-electron', 'feed-worker.cjs'),
      speechHelperScript: path.join('/a', 'dist-electron', 'speech-helper.cjs'),
      assetsDir: path.join('/a', 'assets'),
      dbPath: path.join('/u', 'kiosk.db'),
      nativeBinding: path.join('/r', 'native', 'better_sqlite3.node'),
    });
  });
});
