import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../shared/contract/index.ts';
import type { CallResponse } from '../../shared/contract/index.ts';
import type { KioskHost } from '../host/kiosk-host.types.ts';
import { isAppUrl } from './app-origin.ts';

export type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'>;

export interface KioskIpcOptions {
  /** Whether a call from this (non-null) frame may reach the host. */
  isTrustedSender?: (frame: SenderFrame) => boolean;
  /** Where host events go: the kiosk window's webContents, when there is one. */
  eventTarget: () => Pick<WebContents, 'send' | 'isDestroyed'> | null;
}

/** Only the app's own page, in the top frame, speaks to the host. */
export function isTrustedKioskFrame(frame: SenderFrame): boolean {
  return frame.parent === null && isAppUrl(frame.url);
}

const unauthorized: CallResponse = {
  ok: false,
  error: { code: 'unauthorized', message: 'Calls are accepted only from the kiosk page.' },
};

/**
 * The IPC transport of the KioskApi: one invoke channel checked for its sender, one push
 * channel. The host validates every input itself. Returns a function that undoes it all.
 */
export function registerKioskIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  host: Pick<KioskHost, 'call' | 'subscribe'>,
  options: KioskIpcOptions,
): () => void {
  const isTrusted = options.isTrustedSender ?? isTrustedKioskFrame;

  ipcMain.handle(IPC_CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<CallResponse> => {
    const frame = event.senderFrame;
    if (frame === null || !isTrusted(frame)) return unauthorized;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown-method', message: 'The method name must be a string.' } };
    }
    try {
      return await host.call(method, input);
    } catch {
      return { ok: false, error: { code: 'internal', message: 'The kiosk could not complete this request.' } };
    }
  });

  const unsubscribe = host.subscribe((event) => {
    const target = options.eventTarget();
    if (target === null || target.isDestroyed()) return;
    target.send(IPC_EVENT_CHANNEL, { type: event.type, payload: event.payload });
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CALL_CHANNEL);
  };
}
