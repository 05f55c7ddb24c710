import { z } from 'zod';

/**
 * What both transports carry for one call. HTTP: `POST /api/call/<method>` with the input as
 * the JSON body, answered 200 with `{ok:true,result}` or 4xx/5xx with `{ok:false,error}`.
 * IPC: `ipcRenderer.invoke('kiosk:call', method, input)` resolves to the same object.
 * Pushes: HTTP `GET /api/events` (server-sent events, `event: <name>`, `data: <json>`);
 * IPC channel 'kiosk:event' with `{type, payload}`.
 * HTTP also has a WebSocket lane for the calls a citizen waits on (a scan's lookup): `/api/calls`,
 * text messages `{id, method, input}` answered by `{id, response}` (the same `{ok,...}` object).
 */
export const CallErrorCode = z.enum(['invalid-input', 'unknown-method', 'unauthorized', 'internal']);
export type CallErrorCode = z.infer<typeof CallErrorCode>;

export const CallError = z.object({ code: CallErrorCode, message: z.string() });
export type CallError = z.infer<typeof CallError>;

export type CallResponse = { ok: true; result: unknown } | { ok: false; error: CallError };

/**
 * How long the UI waits for any call's answer, over either transport, before it treats the host
 * as unreachable. Every handler answers sooner (the technician's connection probe is sized on it).
 */
export const CALL_DEADLINE_MS = 8_000;

export const IPC_CALL_CHANNEL = 'kiosk:call';
export const IPC_EVENT_CHANNEL = 'kiosk:event';
export const HTTP_CALL_PREFIX = '/api/call/';
export const HTTP_EVENTS_PATH = '/api/events';
export const HTTP_CALL_SOCKET_PATH = '/api/calls';

/** What the preload exposes on `window.kioskBridge` (Electron only). */
export interface KioskBridge {
  call(method: string, input: unknown): Promise<CallResponse>;
  onEvent(listener: (event: { type: string; payload: unknown }) => void): () => void;
}
