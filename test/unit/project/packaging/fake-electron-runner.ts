// Runs a built dist-electron/main.cjs in plain Node with a recording stand-in for the
// 'electron' module, drives it until the kiosk page loads, then prints what it saw as JSON.
// With `cliArgs`, it is started as `receipt-kiosk <cliArgs…>` (the packaged executable's argv);
// with `args`, as `receipt-kiosk <args…>`.
//   node --import tsx fake-electron-runner.ts <main.cjs> <json options>
import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

interface Options {
  appPath: string;
  userData: string;
  resourcesPath: string;
  isPackaged: boolean;
  cliArgs?: string[];
  /** The executable's arguments otherwise (as its desktop entry starts it). */
  args?: string[];
}

const [mainFile, optionsJson] = process.argv.slice(2) as [string, string];
const options = JSON.parse(optionsJson) as Options;
const report: Record<string, unknown> = { switches: [] as unknown[], windows: [] as unknown[], menu: 'untouched' };
const calls: string[] = [];
const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  url = '';
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return false;
  }
  getURL() {
    return this.url;
  }
  send() {}
  async setVisualZoomLevelLimits(min: number, max: number) {
    report.zoomLimits = [min, max];
  }
  setZoomLevel(level: number) {
    report.zoomLevel = level;
  }
  closeDevTools() {}
  forcefullyCrashRenderer() {}
}

class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
    (report.windows as unknown[]).push(options);
  }
  async loadURL(url: string) {
    this.webContents.url = url;
    calls.push(`loadURL ${url.slice(0, 40)}`);
    if (url.startsWith('kiosk://')) setImmediate(() => void finish(this));
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  show() {}
  focus() {}
  restore() {}
  setKiosk() {}
  setFullScreen() {}
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
const handlers: { permissionRequest: PermissionRequest | null; beforeRequest: BeforeRequest | null } = { permissionRequest: null, beforeRequest: null };
const session = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler(handler: PermissionRequest) {
    handlers.permissionRequest = handler;
  },
  setPermissionCheckHandler() {},
  setDevicePermissionHandler() {},
  webRequest: {
    onBeforeRequest(listener: BeforeRequest) {
      handlers.beforeRequest = listener;
    },
  },
});

const app = Object.assign(new EventEmitter(), {
  isPackaged: options.isPackaged,
  commandLine: { appendSwitch: (...args: unknown[]) => (report.switches as unknown[]).push(args) },
  requestSingleInstanceLock: () => {
    calls.push('requestSingleInstanceLock');
    return true;
  },
  enableSandbox: () => (report.sandbox = true),
  whenReady: () => Promise.resolve(),
  getAppPath: () => options.appPath,
  getPath: (name: string) => (name === 'userData' ? options.userData : path.join(options.userData, name)),
  getVersion: () => '0.1.0',
  getName: () => 'receipt-kiosk',
  quit: () => calls.push('quit'),
  exit: (code: number) => {
    report.exitCode = code;
    print();
  },
  relaunch: (relaunchOptions: unknown) => {
    calls.push('relaunch');
    report.relaunch = relaunchOptions;
  },
});

const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => ipcHandlers.delete(channel),
  },
  Menu: { setApplicationMenu: (menu: unknown) => (report.menu = menu) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => (report.schemes = schemes),
    handle: (scheme: string) => (report.protocolHandled = scheme),
  },
  session: { defaultSession: session },
  safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '' },
};

function print(): void {
  report.calls = calls;
  process.stdout.write(`${JSON.stringify(report)}\n`);
  process.exit(0);
}

async function finish(window: FakeBrowserWindow): Promise<void> {
  const call = ipcHandlers.get('kiosk:call');
  report.kioskInfo = await call?.({ senderFrame: { url: 'kiosk://app/index.html', parent: null } }, 'getKioskInfo', {});
  report.foreignCall = await call?.({ senderFrame: { url: 'https://example.com/', parent: null } }, 'getKioskInfo', {});
  report.windowOpen = window.webContents.windowOpenHandler?.({ url: 'https://example.com/' });
  report.listeners = { webContents: window.webContents.eventNames(), window: window.eventNames() };
  await new Promise<void>((resolve) => handlers.permissionRequest?.({}, 'camera', (granted) => ((report.cameraGranted = granted), resolve())));
  await new Promise<void>((resolve) => handlers.beforeRequest?.({ url: 'https://example.com/x.js' }, (r) => ((report.remoteCancelled = r.cancel), resolve())));
  const navigation = { url: 'https://example.com/', defaultPrevented: false, preventDefault() {
    this.defaultPrevented = true;
  } };
  window.webContents.emit('will-navigate', navigation);
  report.navigationPrevented = navigation.defaultPrevented;
  const reload = { defaultPrevented: false, preventDefault() {
    this.defaultPrevented = true;
  } };
  window.webContents.emit('before-input-event', reload, { key: 'r', code: 'KeyR', control: true, meta: false, alt: false, shift: false });
  report.reloadShortcutSwallowed = reload.defaultPrevented;
  print();
}

(process as { resourcesPath?: string }).resourcesPath = options.resourcesPath;
const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function load(request: string, ...rest: unknown[]) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};
setTimeout(() => {
  report.timedOut = true;
  print();
}, 30_000).unref();
process.on('beforeExit', () => {
  report.exitedEarly = true;
  print();
});
if (options.cliArgs) process.argv = [process.execPath, ...options.cliArgs];
else if (options.args) process.argv = [process.execPath, ...options.args];
createRequire(import.meta.url)(path.resolve(mainFile));
