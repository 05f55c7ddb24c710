import fs from 'node:fs';
import path from 'node:path';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Menu, Protocol, Session } from 'electron';
import { appVersion } from '../app-version.ts';
import type { KioskHost, KioskHostOptions } from '../host/kiosk-host.types.ts';
import { log } from '../log/log.ts';
import { HostSupervisor } from '../recovery/host-supervisor.ts';
import type { Timers } from '../recovery/retry-delay.ts';
import { ActivityMonitor } from '../updates/activity-monitor.ts';
import type { UpdaterPort } from '../updates/update-controller.ts';
import { APP_ENTRY_URL, KIOSK_SCHEME } from './app-origin.ts';
import { RendererRecovery, watchRenderer } from './crash-recovery.ts';
import { registerKioskIpc } from './ipc.ts';
import { kioskPaths } from './kiosk-paths.ts';
import { createRendererRequestHandler } from './renderer-protocol.ts';
import { applySessionPolicy, guardAllWebContents } from './session-policy.ts';
import { startKioskUpdates } from './updater.ts';
import type { KioskUpdates } from './updater.ts';
import { utilityProcessLauncher } from './utility-process-launcher.ts';
import type { UtilityFork } from './utility-process-launcher.ts';
import { kioskWindowOptions, lockDownWindow } from './window.ts';

/** The parts of the 'electron' module the kiosk uses (fakes in tests). */
export interface KioskElectron {
  app: App;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Session };
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Starts the speech helper (without it, espeak-ng is started from the main process). */
  utilityProcess?: { fork: UtilityFork };
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
  /** app.getVersion() (package.json's, as appVersion() reads it without Electron): the host's, the out-of-service page's and the updater's. */
  version?: string;
  /** electron-updater behind the update controller's port; null where this install cannot update. */
  updater?: () => UpdaterPort | null;
  /** Subscribes to uncaught errors of the main process (process 'uncaughtException' …). */
  onProcessError?: (listener: (error: unknown) => void) => void;
  timers?: Timers;
  /** Epoch milliseconds (a fake clock in tests). */
  now?: () => number;
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

/**
 * Production (the full-screen kiosk) when packaged or built with NODE_ENV=production, as
 * `npm start` builds it; otherwise the developer window of `npm run start:dev`.
 */
export function kioskMode(app: Pick<App, 'isPackaged'>, env: Record<string, string | undefined>): KioskMode {
  const production = app.isPackaged || env.NODE_ENV === 'production';
  return { production, kiosk: production };
}

/**
 * The main process: everything before `ready` (single-instance lock, privileged scheme,
 * sandbox, app-wide guards) runs synchronously, so call this at the top of main.ts.
 * `ready` resolves once the window is open (the kiosk page loading, or the out-of-service
 * page while the host cannot start yet), or to null when this instance quits or cannot
 * start at all (no UI build: then it exits with status 1).
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

  let host: HostSupervisor | null = null;
  let updates: KioskUpdates | null = null;
  let win: BrowserWindow | null = null;
  let unregisterIpc: (() => void) | null = null;
  let closing: Promise<void> | null = null;
  let quitting = false;

  const shutdown = async () => {
    unregisterIpc?.();
    unregisterIpc = null;
    updates?.stop();
    updates = null;
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
      // The camera is the scanner exactly when the host's last KioskInfo names one for the renderer to open.
      let cameraAllowed = false;
      applySessionPolicy(session.defaultSession, { cameraAllowed: () => cameraAllowed });
      const exists = deps.exists ?? fs.existsSync;
      const version = deps.version ?? appVersion();
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

      const utility = deps.electron.utilityProcess;
      const speechHelper =
        utility && exists(paths.speechHelperScript)
          ? { speechHelperScript: paths.speechHelperScript, launchHelper: utilityProcessLauncher((...args) => utility.fork(...args), 'Receipt kiosk speech') }
          : { speechHelperScript: null };
      // The host runs under supervision: restarted when it cannot start or keeps failing.
      let onHostRunning: () => void = () => undefined;
      let onHostStopped: () => void = () => undefined;
      const started = new HostSupervisor({
        create: () =>
          deps.createHost({
            dbPath: paths.dbPath,
            version,
            demoWhenEmpty: true,
            nativeBinding: paths.nativeBinding,
            assetsDir: paths.assetsDir,
            feedWorkerScript: exists(paths.feedWorkerScript) ? paths.feedWorkerScript : null,
            ...speechHelper,
            secretSealer: deps.secretSealer,
            updateStatus: () => updates?.controller.report() ?? null,
            requestRestart: (reason) => started.restart(reason),
          }),
        timers: deps.timers,
        now: deps.now,
        log: (message, fields) => log.error(message, fields),
        onChange: (status) => {
          if (status.state === 'running') onHostRunning();
          else onHostStopped();
        },
      });
      host = started;
      const hostRunning = await started.start();
      if (quitting) throw new Error('quit while the host was starting');
      deps.onProcessError?.((error) => {
        log.error('uncaught error in the main process', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
        started.restart('an uncaught error');
      });

      const window = new BrowserWindow(kioskWindowOptions({ ...mode, preloadPath: paths.preloadPath }));
      win = window;
      lockDownWindow(window, mode);
      // Anyone touching the screen or scanning: the updater installs only after a quiet while.
      const activity = new ActivityMonitor(deps.now);
      window.webContents.on('input-event', () => activity.touch());
      started.subscribe((event) => {
        if (event.type === 'scan') activity.touch();
      });
      let idleTimeoutSec = 90;
      unregisterIpc = registerKioskIpc(
        ipcMain,
        {
          call: async (method, input) => {
            const response = await started.call(method, input);
            if (method === 'getKioskInfo' && response.ok) {
              idleTimeoutSec = (response.result as { idleTimeoutSec?: number }).idleTimeoutSec ?? idleTimeoutSec;
              cameraAllowed = (response.result as { camera?: unknown }).camera != null;
              updates?.uiAnswered();
            }
            return response;
          },
          subscribe: (listener) => started.subscribe(listener),
        },
        { eventTarget: () => (window.isDestroyed() ? null : window.webContents) },
      );
      // Technician mode's "leave kiosk mode" for maintenance, and back when it closes.
      let kioskLifted = false;
      const setKioskMode = (kiosk: boolean) => {
        if (!mode.kiosk || window.isDestroyed()) return;
        kioskLifted = !kiosk;
        window.setKiosk(kiosk);
        window.setFullScreen(kiosk);
      };
      started.subscribe((event) => {
        if (event.type === 'kioskMode') setKioskMode(event.payload.kiosk);
      });
      // A host that stops, restarts or fails ends maintenance too, whether or not it said so.
      onHostStopped = () => {
        if (kioskLifted) setKioskMode(true);
      };
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        if (win === window) win = null;
      });
      const load = () => {
        window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
          log.error('kiosk page failed to load', { error: error instanceof Error ? error.message : String(error) });
        });
      };
      const recovery = new RendererRecovery({
        version,
        timers: deps.timers,
        now: deps.now,
        loadKiosk: () => {
          if (!window.isDestroyed()) load();
        },
        loadPage: (url) => {
          if (window.isDestroyed()) return;
          window.loadURL(url).catch(() => undefined);
        },
      });
      window.webContents.on('render-process-gone', (_event, details) => {
        if (details.reason !== 'clean-exit') updates?.uiFailed();
      });
      watchRenderer(window, recovery, { timers: deps.timers });

      const port = deps.updater?.() ?? null;
      if (port !== null) {
        updates = startKioskUpdates({
          port,
          recordFile: path.join(app.getPath('userData'), 'update-record.json'),
          version,
          feed: () => started.updateFeed(),
          activity,
          idleTimeoutSec: () => idleTimeoutSec,
          timers: deps.timers,
        });
      }

      if (hostRunning) load();
      else {
        // The UI would only say "out of service": say what happened, and load it once the host runs.
        const status = started.status;
        recovery.outOfService(`the kiosk service could not start (${status.lastError ?? 'unknown'})`, new Date(status.nextAttemptAt ?? Date.now()));
        onHostRunning = () => {
          onHostRunning = () => undefined;
          if (!window.isDestroyed()) load();
        };
      }
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
