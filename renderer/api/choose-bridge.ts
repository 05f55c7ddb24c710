import type { KioskBridge } from '../../shared/contract/index.ts';
import { createHttpBridge } from './http-bridge.ts';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in a plain browser (loopback HTTP transport). */
    kioskBridge?: KioskBridge;
  }
}

/** IPC when running inside the Electron shell, loopback HTTP in any other Chromium. */
export function chooseBridge(win: Window): KioskBridge {
  return win.kioskBridge ?? createHttpBridge();
}
