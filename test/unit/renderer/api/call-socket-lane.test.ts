import { describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../../../renderer/api/http-bridge.ts';
import type { CallSocketLike } from '../../../../renderer/api/call-socket-lane.ts';
import { createKioskClient } from '../../../../renderer/api/kiosk-client.ts';
import { KioskFailure } from '../../../../renderer/api/kiosk-failure.ts';

const notFound = { kind: 'not-found', code: '000.00.12.H53-261120-9999', dataAsOf: null };

/** A WebSocket stand-in the test opens, answers and closes by hand. */
class FakeSocket implements CallSocketLike {
  readonly sent: { id: number; method: string; input: unknown }[] = [];
  private readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.fire('close');
  }
  fire(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
  answer(id: number, response: unknown) {
    this.fire('message', JSON.stringify({ id, response }));
  }
}

/** A bridge whose socket and timers the test drives; fetch answers not-found and is counted. */
function bridgeWithSocket(timeoutMs = 8000) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: notFound }), { status: 200 }));
  const bridge = createHttpBridge({
    fetch: fetchMock as unknown as typeof fetch,
    timeoutMs,
    createCallSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    setTimer: (fn, ms) => {
      const timer = { fn, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const at = timers.indexOf(handle as (typeof timers)[number]);
      if (at >= 0) timers.splice(at, 1);
    },
  });
  return { bridge, sockets, timers, fetchMock };
}

const lookup = { raw: '000.00.12.H53-261120-9999', source: 'wedge' };

describe('the HTTP bridge\'s call socket', () => {
  it('sends a scan\'s lookup over the open socket and matches the answer by id; other calls go by fetch', async () => {
    const { bridge, sockets, fetchMock } = bridgeWithSocket();
    expect(sockets).toHaveLength(1);
    sockets[0]!.fire('open');
    const first = bridge.call('lookupDossier', lookup);
    const second = bridge.call('lookupDossier', { ...lookup, raw: 'other' });
    expect(sockets[0]!.sent.map((m) => [m.id, m.method])).toEqual([
      [1, 'lookupDossier'],
      [2, 'lookupDossier'],
    ]);
    sockets[0]!.answer(2, { ok: true, result: { second: true } });
    sockets[0]!.answer(1, { ok: true, result: notFound });
    expect(await first).toEqual({ ok: true, result: notFound });
    expect(await second).toEqual({ ok: true, result: { second: true } });
    expect(fetchMock).not.toHaveBeenCalled();
    await bridge.call('getKioskInfo', {});
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends the lookup by fetch while the socket is not open, and opens it again after it closed', async () => {
    const { bridge, sockets, timers, fetchMock } = bridgeWithSocket();
    expect(await bridge.call('lookupDossier', lookup)).toEqual({ ok: true, result: notFound });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    sockets[0]!.fire('open');
    sockets[0]!.fire('close');
    expect(await bridge.call('lookupDossier', lookup)).toEqual({ ok: true, result: notFound });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(timers).toHaveLength(1);
    timers.shift()!.fn();
    expect(sockets).toHaveLength(2);
    sockets[1]!.fire('open');
    const viaSocket = bridge.call('lookupDossier', lookup);
    sockets[1]!.answer(sockets[1]!.sent[0]!.id, { ok: true, result: notFound });
    await viaSocket;
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('fails a lookup in flight as unreachable when the socket closes or the answer does not come in time', async () => {
    const { bridge, sockets, timers } = bridgeWithSocket(50);
    const client = createKioskClient(bridge);
    sockets[0]!.fire('open');
    const cut = client.lookupDossier(lookup as never).catch((error: unknown) => error);
    await Promise.resolve();
    sockets[0]!.fire('close');
    const cutFailure = await cut;
    expect(cutFailure).toBeInstanceOf(KioskFailure);
    expect((cutFailure as KioskFailure).kind).toBe('unreachable');

    timers.shift()!.fn();
    sockets[1]!.fire('open');
    const late = client.lookupDossier(lookup as never).catch((error: unknown) => error);
    await Promise.resolve();
    const deadline = timers.find((timer) => timer.ms === 50)!;
    deadline.fn();
    expect(((await late) as KioskFailure).kind).toBe('unreachable');
    // An answer after the deadline is dropped, not delivered to a later call.
    sockets[1]!.answer(sockets[1]!.sent[0]!.id, { ok: true, result: notFound });
  });

  it('takes an answer that is not a call response as unreachable', async () => {
    const { bridge, sockets } = bridgeWithSocket();
    sockets[0]!.fire('open');
    const call = bridge.call('lookupDossier', lookup).catch((error: unknown) => error);
    sockets[0]!.answer(1, { weird: true });
    expect(((await call) as Error).name).toBe('TransportUnreachable');
  });
});
