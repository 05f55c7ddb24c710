import { HTTP_CALL_PREFIX, HTTP_EVENTS_PATH, kioskEvents } from '../../shared/contract/index.ts';
import type { CallResponse, KioskBridge } from '../../shared/contract/index.ts';
import { CallResponseSchema } from './call-response.ts';

/** Raised by the HTTP bridge when there is no usable answer at all (the client maps it). */
export class TransportUnreachable extends Error {
  override readonly name = 'TransportUnreachable';
}

type EventSourceLike = Pick<EventSource, 'addEventListener' | 'close'>;

export interface HttpBridgeOptions {
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
  /** Give up on a call after this long: the citizen must not stare at a spinner. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 8000;

/**
 * The KioskBridge over the loopback HTTP transport: `POST /api/call/<method>` and server-sent
 * events on `/api/events`. Relative URLs and the same-origin cookie the host set at start-up.
 */
export function createHttpBridge(options: HttpBridgeOptions = {}): KioskBridge {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const createEventSource =
    options.createEventSource ?? ((url: string) => new EventSource(url, { withCredentials: true }));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const listeners = new Set<(event: { type: string; payload: unknown }) => void>();
  let source: EventSourceLike | null = null;

  const openEvents = () => {
    const es = createEventSource(HTTP_EVENTS_PATH);
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
        }
      };
    },
  };
}
