import { CALL_DEADLINE_MS, HTTP_CALL_PREFIX, HTTP_EVENTS_PATH, kioskEvents } from '../../shared/contract/index.ts';
import type { CallResponse, KioskBridge } from '../../shared/contract/index.ts';
import { CallResponseSchema } from './call-response.ts';

/** Raised by the HTTP bridge when there is no usable answer at all (the client maps it). */
export class TransportUnreachable extends Error {
  override readonly name = 'TransportUnreachable';
}

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'close' | 'readyState'>;

export interface HttpBridgeOptions {
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
  /** Give up on a call after this long: the citizen must not stare at a spinner. */
  timeoutMs?: number;
  /** Before reopening an event stream the browser gave up on (attempt 1, 2, …). */
  reconnectDelayMs?: (attempt: number) => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** EventSource.CLOSED: the browser stopped retrying (an HTTP error, e.g. a restarted host). */
const CLOSED = 2;
const defaultReconnectDelay = (attempt: number) => Math.min(30_000, 1_000 * 2 ** Math.min(attempt - 1, 5));


/**
 * The KioskBridge over the loopback HTTP transport: `POST /api/call/<method>` and server-sent
 * events on `/api/events`. Relative URLs and the same-origin cookie the host set at start-up.
 */
export function createHttpBridge(options: HttpBridgeOptions = {}): KioskBridge {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const createEventSource =
    options.createEventSource ?? ((url: string) => new EventSource(url, { withCredentials: true }));
  const timeoutMs = options.timeoutMs ?? CALL_DEADLINE_MS;
  const listeners = new Set<(event: { type: string; payload: unknown }) => void>();
  const reconnectDelayMs = options.reconnectDelayMs ?? defaultReconnectDelay;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let source: EventSourceLike | null = null;
  let reconnectTimer: unknown = null;
  let reconnects = 0;

  // The browser retries a dropped stream by itself; one it closed for good (the host came
  // back with an error answer, or not at all) is opened again here, less and less often.
  const reopenLater = (closed: EventSourceLike) => {
    if (source !== closed || reconnectTimer !== null) return;
    closed.close();
    reconnects += 1;
    reconnectTimer = setTimer(() => {
      reconnectTimer = null;
      if (source === closed && listeners.size > 0) source = openEvents();
    }, reconnectDelayMs(reconnects));
  };

  const openEvents = (): EventSourceLike => {
    const es = createEventSource(HTTP_EVENTS_PATH);
    es.addEventListener('open', () => {
      reconnects = 0;
    });
    es.addEventListener('error', () => {
      if (es.readyState === CLOSED) reopenLater(es);
    });
    for (const type of Object.keys(kioskEvents)) {
      es.addEventListener(type, (message: Event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of [...listeners]) listener({ type, payload });
      });
    }
    return es;
  };

  return {
    async call(method: string, input: unknown): Promise<CallResponse> {
      let response: Response;
      try {
        response = await doFetch(HTTP_CALL_PREFIX + encodeURIComponent(method), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
          cache: 'no-store',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new TransportUnreachable(error instanceof Error ? error.message : 'fetch failed');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new TransportUnreachable(`HTTP ${response.status} without a JSON body`);
      }
      const envelope = CallResponseSchema.safeParse(body);
      if (!envelope.success) throw new TransportUnreachable(`HTTP ${response.status} with an unexpected body`);
      return envelope.data;
    },

    onEvent(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
          if (reconnectTimer !== null) clearTimer(reconnectTimer);
          reconnectTimer = null;
        }
      };
    },
  };
}
