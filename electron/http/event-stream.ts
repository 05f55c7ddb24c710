import type http from 'node:http';
import type { KioskHost } from '../host/kiosk-host.types.ts';

export interface EventStream {
  /** Stops the pushes, then ends the response (the transport's shutdown). */
  close(): void;
}

/**
 * One browser's server-sent events: the host's events and a keep-alive comment. Its writers
 * stop before the response ends, and nothing is written once it has ended: between the end and
 * the socket's close the host can still emit (it is closing too, or restarting), and a write
 * there raises ERR_STREAM_WRITE_AFTER_END where nothing can catch it.
 */
export function openEventStream(
  res: http.ServerResponse,
  host: Pick<KioskHost, 'subscribe'>,
  options: { keepAliveMs: number; onStopped: () => void },
): EventStream {
  let open = true;
  const send = (text: string) => {
    if (open && !res.writableEnded && !res.destroyed) res.write(text);
  };
  send('retry: 2000\n\n');
  const keepAlive = setInterval(() => send(': keep-alive\n\n'), options.keepAliveMs);
  const unsubscribe = host.subscribe((event) => send(`event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`));
  const stop = () => {
    if (!open) return;
    open = false;
    clearInterval(keepAlive);
    unsubscribe();
    options.onStopped();
  };
  // The browser left (or its socket failed): it reconnects by itself when it can.
  res.once('close', stop);
  res.on('error', stop);
  return {
    close() {
      stop();
      res.end();
    },
  };
}
