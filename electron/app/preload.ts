// Bundled to CommonJS: a sandboxed preload can only require('electron'). The channel names
// are written out rather than imported, so zod (which shared/contract/wire.ts loads) stays
// out of the bundle; `typeof` ties them to the contract at compile time.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { CallResponse, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, KioskBridge } from '../../shared/contract/wire.ts';

const CALL_CHANNEL: typeof IPC_CALL_CHANNEL = 'kiosk:call';
const EVENT_CHANNEL: typeof IPC_EVENT_CHANNEL = 'kiosk:event';

const bridge = {
  async call(method: string, input: unknown): Promise<CallResponse> {
    try {
      return (await ipcRenderer.invoke(CALL_CHANNEL, method, input)) as CallResponse;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'The kiosk host did not answer.' } };
    }
  },
  onEvent(listener: (event: { type: string; payload: unknown }) => void): () => void {
    // The IpcRendererEvent (with its sender) never reaches the page: only {type, payload}.
    const relay = (_event: IpcRendererEvent, message: unknown) => {
      if (typeof message !== 'object' || message === null) return;
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type === 'string') listener({ type, payload });
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
} satisfies KioskBridge;

contextBridge.exposeInMainWorld('kioskBridge', bridge);
