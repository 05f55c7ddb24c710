// Small stand-ins for the Electron objects electron/app/ touches. Each records what it is
// asked to do; cast to the Electron type at the call site.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { CallResponse, KioskEvent } from '../../../../shared/contract/index.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';

export interface CancellableEvent {
  url: string;
  preventDefault: Mock<() => void>;
  readonly defaultPrevented: boolean;
}

/** An Electron-style event object: `preventDefault()` and whether it was called. */
export function cancellable(url = ''): CancellableEvent {
  const preventDefault = vi.fn<() => void>();
  return {
    url,
    preventDefault,
    get defaultPrevented() {
      return preventDefault.mock.calls.length > 0;
    },
  };
}

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: OpenHandler | null = null;
  destroyed = false;
  readonly send = vi.fn();
  readonly closeDevTools = vi.fn();
  readonly setVisualZoomLevelLimits = vi.fn(async (_min: number, _max: number) => undefined);
  readonly setZoomLevel = vi.fn((_level: number) => undefined);
  setWindowOpenHandler(handler: OpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** Makes every loadURL reject, as Chromium does with ERR_ABORTED and friends. */
  static loadError: Error | null = null;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {
    if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: BeforeRequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
}

type InvokeHandler = (event: { senderFrame: unknown }, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly handle = vi.fn((channel: string, handler: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** What the renderer would get back from `ipcRenderer.invoke(channel, ...args)`. */
  invoke(channel: string, senderFrame: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame }, ...args);
  }
}

export interface FakeHost extends KioskHost {
  call: Mock<(method: string, input: unknown) => Promise<CallResponse>>;
  close: Mock<() => Promise<void>>;
  emit(event: KioskEvent): void;
  listenerCount(): number;
}

export function fakeHost(): FakeHost {
  const listeners = new Set<(event: KioskEvent) => void>();
  return {
    call: vi.fn(async (method: string, input: unknown): Promise<CallResponse> => ({ ok: true, result: { method, input } })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: vi.fn(async () => undefined),
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
  };
}

export const appFrame = { url: 'kiosk://app/index.html', parent: null };

/** A window that records the two calls of "leave kiosk mode" (and of coming back). */
export class MaintenanceWindow extends FakeBrowserWindow {
  readonly setKiosk = vi.fn();
  readonly setFullScreen = vi.fn();
}

/** The 'electron' module start-kiosk.ts needs, with a MaintenanceWindow and the app at `appPath`. */
export function fakeKioskElectron(options: { isPackaged: boolean; appPath: string; userDataPath: string }) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => options.appPath,
    getPath: () => options.userDataPath,
  });
  return {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    Menu: { setApplicationMenu: vi.fn() },
    BrowserWindow: MaintenanceWindow,
  };
}
