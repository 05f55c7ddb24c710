import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { startHttpTransport } from '../../../../electron/http/http-transport.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

/** A host that emits when the test says, as the real one does while it closes or restarts. */
function emittingHost() {
  const listeners = new Set<(event: KioskEvent) => void>();
  const host: KioskHost = {
    call: async () => ({ ok: true, result: {} }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => undefined,
  };
  const emit = (n: number) => {
    for (const listener of [...listeners]) listener({ type: 'scan', payload: { raw: `CODE-${n}`, source: 'serial', at: '2026-12-06T16:00:00.000Z' } });
  };
  return { host, emit, listenerCount: () => listeners.size };
}

/** Opens the event stream; resolves once its first bytes arrived, with everything it receives and its end. */
function openEvents(port: number, token: string) {
  let body = '';
  let ended!: Promise<'end' | 'aborted'>;
  const opened = new Promise<void>((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` } },
      (res) => {
        ended = new Promise((done) => {
          res.on('end', () => done('end'));
          res.on('aborted', () => done('aborted'));
          res.on('error', () => done('aborted'));
        });
        res.setEncoding('utf8');
        res.once('data', () => resolve());
        res.on('data', (chunk: string) => (body += chunk));
      },
    );
    req.on('error', reject);
  });
  return { opened, body: () => body, ended: () => ended };
}

describe('loopback HTTP transport shutdown with a browser on the event stream', () => {
  const tempDir = useTempDir();

  it('stops pushing before it ends the stream: events the host emits while the transport closes are never written after the end', async () => {
    const { host, emit, listenerCount } = emittingHost();
    const transport = await startHttpTransport({ host, uiRoot: tempDir() });
    const events = openEvents(transport.port, transport.token);
    await events.opened;
    emit(1);
    await expect.poll(() => events.body()).toContain('CODE-1');
    expect(listenerCount()).toBe(1);

    // The host keeps emitting while the transport closes (the serve command closes it first).
    const closed = transport.close();
    expect(listenerCount()).toBe(0);
    let stillClosing = true;
    void closed.then(() => (stillClosing = false));
    for (let n = 2; stillClosing && n < 1_000; n += 1) {
      emit(n);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await closed;
    emit(1_000);
    // Without the guard, ERR_STREAM_WRITE_AFTER_END is thrown where nothing catches it
    // (test/setup/process-faults.ts fails the test then).
    await new Promise((resolve) => setTimeout(resolve, 50));

    await events.ended();
    expect(events.body()).toContain('CODE-1');
    expect(events.body()).not.toContain('CODE-2');
  });

  it('stops pushing to a browser that went away, and a later event reaches no one', async () => {
    const { host, emit, listenerCount } = emittingHost();
    const transport = await startHttpTransport({ host, uiRoot: tempDir() });
    try {
      const agent = new http.Agent();
      const req = http.get({
        host: '127.0.0.1',
        port: transport.port,
        path: '/api/events',
        agent,
        headers: { Host: `127.0.0.1:${transport.port}`, Authorization: `Bearer ${transport.token}` },
      });
      await new Promise<void>((resolve) => req.on('response', (res) => res.once('data', () => resolve())));
      expect(listenerCount()).toBe(1);
      req.destroy();
      await expect.poll(() => listenerCount()).toBe(0);
      emit(1);
      agent.destroy();
    } finally {
      await transport.close();
    }
  });
});
