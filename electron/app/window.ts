import type { BrowserWindow, BrowserWindowConstructorOptions, Input, WebContents } from 'electron';
import { isAppUrl } from './app-origin.ts';

export const KIOSK_BACKGROUND_COLOR = '#0f2742';

export interface KioskWindowMode {
  production: boolean;
  /** Fullscreen kiosk window; defaults to `production` (the developer window of `npm run start:dev` is not). */
  kiosk?: boolean;
  /** dist-electron/preload.cjs */
  preloadPath: string;
}

/** The locked-down window of the Electron security checklist. */
export function kioskWindowOptions(mode: KioskWindowMode): BrowserWindowConstructorOptions {
  const kiosk = mode.kiosk ?? mode.production;
  return {
    width: 1280,
    height: 800,
    show: false,
    fullscreen: kiosk,
    kiosk,
    // A developer's window keeps its frame so it can be moved and closed.
    frame: !kiosk,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND_COLOR,
    webPreferences: {
      preload: mode.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      enableWebSQL: false,
      // alert()/confirm() would block the touch screen behind a native dialog.
      disableDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: !mode.production,
    },
  };
}

type Cancellable = { url: string; preventDefault(): void };

/** Navigation, redirects, new windows and <webview> are refused for any webContents. */
export function denyNavigationAndPopups(contents: WebContents): void {
  const stayInApp = (event: Cancellable) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const FUNCTION_KEYS = new Set(['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh', 'browserhome']);
// reload, quit, close, print, minimise, hide, new window
const MOD_KEYS = new Set(['r', 'q', 'w', 'p', 'm', 'h', 'n']);
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

/**
 * The browser shortcuts a citizen must not reach on a kiosk: reload, devtools, quit/close,
 * zoom, print, fullscreen toggle, history. Matched on `key` (what Chromium's accelerators
 * use); `code` stands in while an IME reports no key.
 */
export function isBlockedShortcut(input: Pick<Input, 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>): boolean {
  let key = input.key.toLowerCase();
  if ((key === 'process' || key === 'unidentified') && input.code.startsWith('Key')) key = input.code.slice(3).toLowerCase();
  if (FUNCTION_KEYS.has(key)) return true;
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  if (!input.control && !input.meta) return false;
  if (MOD_KEYS.has(key) || ZOOM_KEYS.has(key)) return true;
  return (input.shift || input.alt) && DEVTOOLS_KEYS.has(key);
}

type ZoomableContents = Pick<WebContents, 'on' | 'setVisualZoomLevelLimits' | 'setZoomLevel'>;

/**
 * No zoom on a touch kiosk: a pinch would otherwise stay for the next citizen. The pinch limits
 * only hold for the page they were set on, so they are set again on every load; any zoom that
 * gets through (a zoom key, ctrl + wheel) is undone at once.
 */
export function lockZoom(contents: ZoomableContents): void {
  const reset = () => {
    void contents.setVisualZoomLevelLimits(1, 1);
    contents.setZoomLevel(0);
  };
  reset();
  contents.on('did-finish-load', reset);
  contents.on('zoom-changed', reset);
}

/** Window-level lockdown on top of the app-wide guards of session-policy.ts. */
export function lockDownWindow(win: BrowserWindow, mode: { production: boolean }): void {
  const contents = win.webContents;
  denyNavigationAndPopups(contents);
  lockZoom(contents);
  // No menu is ever shown: long presses on the touch screen must not open one.
  contents.on('context-menu', (event) => event.preventDefault());
  if (!mode.production) return;
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
}
