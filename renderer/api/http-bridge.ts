import { CALL_DEADLINE_MS, HTTP_CALL_PREFIX, HTTP_CALL_SOCKET_PATH, HTTP_EVENTS_PATH, kioskEvents } from '../../shared/contract/index.ts';
import type { CallResponse, KioskBridge } from '../../shared/contract/index.ts';
import { CallResponseSchema } from './call-response.ts';
import { CallSocketLane } from './call-socket-lane.ts';
import type { CallSocketLike } from './call-socket-lane.ts';

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
  /**
   * Opens the host's call socket (`/api/calls`); null: every call by fetch. Default: the browser's
   * WebSocket to the page's own host, where there is one.
   */
  createCallSocket?: (() => CallSocketLike) | null;
  /** The calls sent over the socket while it is open (default: a scan's lookup, which a citizen waits on). */
  socketMethods?: readonly string[];
}

/** A scan's lookup: the call a citizen waits on after every scan. The rest follow taps, by fetch. */
export const SOCKET_METHODS: readonly string[] = ['lookupDossier'];

function browserCallSocket(): (() => CallSocketLike) | null {
  if (typeof WebSocket !== 'function' || typeof location === 'undefined') return null;
  return () => {
    const url = new URL(HTTP_CALL_SOCKET_PATH, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return new WebSocket(url);
  };
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
  const createCallSocket = options.createCallSocket === undefined ? browserCallSocket() : options.createCallSocket;
  const socketMethods = new Set(options.socketMethods ?? SOCKET_METHODS);
  const lane = createCallSocket && socketMethods.size > 0 ? new CallSocketLane({ createSocket: createCallSocket, timeoutMs, reconnectDelayMs, setTimer, clearTimer }) : null;

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
      const viaSocket = socketMethods.has(method) ? (lane?.call(method, input) ?? null) : null;
      if (viaSocket) {
        let answer: unknown;
        try {
          answer = await viaSocket;
        } catch (error) {
          throw new TransportUnreachable(error instanceof Error ? error.message : 'the call socket failed');
        }
        const envelope = CallResponseSchema.safeParse(answer);
        if (!envelope.success) throw new TransportUnreachable('an unexpected answer on the call socket');
        return envelope.data;
      }
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
