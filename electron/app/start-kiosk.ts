import fs from 'node:fs';
import path from 'node:path';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Menu, Protocol, Session } from 'electron';
import type { KioskHost, KioskHostOptions } from '../host/kiosk-host.types.ts';
import { log } from '../log/log.ts';
import { APP_ENTRY_URL, KIOSK_SCHEME } from './app-origin.ts';
import { registerKioskIpc } from './ipc.ts';
import { kioskPaths } from './kiosk-paths.ts';
import { createRendererRequestHandler } from './renderer-protocol.ts';
import { applySessionPolicy, guardAllWebContents } from './session-policy.ts';
import { kioskWindowOptions, lockDownWindow } from './window.ts';

/** The parts of the 'electron' module the kiosk uses (fakes in tests). */
export interface KioskElectron {
  app: App;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Session };
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
}

export interface StartKioskDeps {
  electron: KioskElectron;
  createHost: (options: KioskHostOptions) => Promise<KioskHost>;
  env: Record<string, string | undefined>;
  /** process.resourcesPath */
  resourcesPath: string;
  /** The OS keystore for the district token (Electron safeStorage). */
  secretSealer?: KioskHostOptions['secretSealer'];
  exists?: (file: string) => boolean;
}

export interface StartedKiosk {
  host: KioskHost;
  window: BrowserWindow;
}

export interface KioskMode {
  /** Devtools off, shortcuts swallowed, no application menu. */
  production: boolean;
  /** Fullscreen kiosk window. */
  kiosk: boolean;
}

/** Production when packaged or built with NODE_ENV=production; KIOSK_DEV=1 keeps the window a window. */
export function kioskMode(app: Pick<App, 'isPackaged'>, env: Record<string, string | undefined>): KioskMode {
  const production = app.isPackaged || env.NODE_ENV === 'production';
  return { production, kiosk: production && env.KIOSK_DEV !== '1' };
}

const RELOAD_AFTER_CRASH_MS = 1000;

/**
 * The main process: everything before `ready` (single-instance lock, privileged scheme,
 * sandbox, app-wide guards) runs synchronously, so call this at the top of main.ts.
 * `ready` resolves once the kiosk page has started loading, or to null when this instance
 * quits or cannot start (then it exits with status 1).
 */
export function startKiosk(deps: StartKioskDeps): { ready: Promise<StartedKiosk | null> } {
  const { app, protocol, session, ipcMain, Menu, BrowserWindow } = deps.electron;
  const mode = kioskMode(app, deps.env);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(null) };
  }
  protocol.registerSchemesAsPrivileged([
    { scheme: KIOSK_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  if (mode.production) app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  guardAllWebContents(app);

  let host: KioskHost | null = null;
  let win: BrowserWindow | null = null;
  let unregisterIpc: (() => void) | null = null;
  let closing: Promise<void> | null = null;
  let quitting = false;

  const shutdown = async () => {
    unregisterIpc?.();
    unregisterIpc = null;
    const closingHost = host;
    host = null;
    if (closingHost === null) return;
    try {
      await closingHost.close();
    } catch (error) {
      log.error('host close failed', { error: error instanceof Error ? error.message : 'unknown' });
    }
  };

  app.on('second-instance', () => {
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (host === null && unregisterIpc === null) return;
    event.preventDefault();
    closing ??= shutdown().finally(() => app.quit());
  });

  const ready = app
    .whenReady()
    .then(async (): Promise<StartedKiosk> => {
      if (mode.production) Menu.setApplicationMenu(null);
      applySessionPolicy(session.defaultSession);
      const exists = deps.exists ?? fs.existsSync;
      const paths = kioskPaths({
        appPath: app.getAppPath(),
        userDataPath: app.getPath('userData'),
        resourcesPath: deps.resourcesPath,
        isPackaged: app.isPackaged,
        exists,
      });
      if (!exists(path.join(paths.rendererRoot, 'index.html'))) {
        throw new Error('The UI is not built (dist/renderer/index.html is missing): run `npm run build`.');
      }
      if (paths.nativeBinding === undefined) {
        log.warn('no Electron build of better-sqlite3; run `npm start` to build it', { production: mode.production });
      }
      protocol.handle(KIOSK_SCHEME, createRendererRequestHandler({ root: paths.rendererRoot }));

      const started = await deps.createHost({
        dbPath: paths.dbPath,
        demoWhenEmpty: true,
        nativeBinding: paths.nativeBinding,
        assetsDir: paths.assetsDir,
        secretSealer: deps.secretSealer,
      });
      host = started;
      if (quitting) throw new Error('quit while the host was starting');

      const window = new BrowserWindow(kioskWindowOptions({ ...mode, preloadPath: paths.preloadPath }));
      win = window;
      lockDownWindow(window, mode);
      unregisterIpc = registerKioskIpc(ipcMain, started, {
        eventTarget: () => (window.isDestroyed() ? null : window.webContents),
      });
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        if (win === window) win = null;
      });
      const load = () => {
        window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
          log.error('kiosk page failed to load', { error: error instanceof Error ? error.message : String(error) });
        });
      };
      window.webContents.on('render-process-gone', (_event, details) => {
        log.error('renderer gone', { reason: details.reason, exitCode: details.exitCode });
        if (details.reason === 'clean-exit') return;
        setTimeout(() => {
          if (!window.isDestroyed()) load();
        }, RELOAD_AFTER_CRASH_MS);
      });
      load();
      return { host: started, window };
    })
    .catch(async (error: unknown) => {
      await shutdown();
      if (quitting) return null;
      log.error('kiosk failed to start', { error: error instanceof Error ? error.message : String(error) });
      app.exit(1);
      return null;
    });

  return { ready };
}
