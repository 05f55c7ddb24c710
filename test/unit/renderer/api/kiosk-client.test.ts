import { describe, expect, it, vi } from 'vitest';
import { CALL_DEADLINE_MS, kioskEvents } from '../../../../shared/contract/index.ts';
import type { CallResponse, KioskBridge, KioskInfo, LookupResult } from '../../../../shared/contract/index.ts';
import { createHttpBridge } from '../../../../renderer/api/http-bridge.ts';
import { createKioskClient } from '../../../../renderer/api/kiosk-client.ts';
import { KioskFailure } from '../../../../renderer/api/kiosk-failure.ts';

const info: KioskInfo = {
  version: '0.1.0',
  demo: true,
  siteName: 'Bộ phận Một cửa',
  defaultLanguage: 'vi',
  idleTimeoutSec: 90,
  sync: { state: 'demo', lastSuccessAt: '2026-11-20T03:00:00.000Z', lastError: null },
};

const notFound: LookupResult = { kind: 'not-found', code: '000.00.12.H53-261120-9999', dataAsOf: null };

function fakeBridge(answer: (method: string, input: unknown) => Promise<unknown>) {
  let listener: ((event: { type: string; payload: unknown }) => void) | null = null;
  const bridge: KioskBridge = {
    call: (method, input) => answer(method, input) as Promise<CallResponse>,
    onEvent(l) {
      listener = l;
      return () => {
        listener = null;
      };
    },
  };
  return { bridge, push: (type: string, payload: unknown) => listener?.({ type, payload }) };
}

async function failureOf(promise: Promise<unknown>): Promise<KioskFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(KioskFailure);
    return error as KioskFailure;
  }
  throw new Error('expected a failure');
}

describe('the KioskApi client', () => {
  it('returns results that match the contract', async () => {
    const { bridge } = fakeBridge(async (method) => ({ ok: true, result: method === 'getKioskInfo' ? info : notFound }));
    const client = createKioskClient(bridge);
    await expect(client.getKioskInfo({})).resolves.toEqual(info);
    await expect(client.lookupDossier({ raw: 'x', source: 'wedge' })).resolves.toEqual(notFound);
  });

  it('turns a host error into a typed failure with its code', async () => {
    const client = createKioskClient(fakeBridge(async () => ({ ok: false, error: { code: 'internal', message: 'boom' } })).bridge);
    const failure = await failureOf(client.getKioskInfo({}));
    expect(failure.kind).toBe('host-error');
    expect(failure.code).toBe('host-error:internal');
  });

  it('turns a bridge that throws into "unreachable"', async () => {
    const client = createKioskClient(fakeBridge(async () => Promise.reject(new Error('ECONNREFUSED'))).bridge);
    expect((await failureOf(client.getKioskInfo({}))).kind).toBe('unreachable');
  });

  it('gives up on a bridge that never answers (IPC as HTTP) after the same deadline, as "unreachable"', async () => {
    vi.useFakeTimers();
    try {
      const client = createKioskClient(fakeBridge(() => new Promise(() => undefined)).bridge);
      const failure = failureOf(client.getKioskInfo({}));
      await vi.advanceTimersByTimeAsync(CALL_DEADLINE_MS - 1);
      let settled = false;
      void failure.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await failure).toMatchObject({ kind: 'unreachable', message: expect.stringContaining('no answer within 8 s') });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a result that does not match the contract', async () => {
    const client = createKioskClient(fakeBridge(async () => ({ ok: true, result: { kind: 'found', dossier: { code: 1 } } })).bridge);
    expect((await failureOf(client.lookupDossier({ raw: 'x', source: 'wedge' }))).kind).toBe('bad-response');
    const garbage = createKioskClient(fakeBridge(async () => 'not an envelope').bridge);
    expect((await failureOf(garbage.getKioskInfo({}))).kind).toBe('bad-response');
  });

  it('delivers typed pushes and drops the ones that do not match the contract', () => {
    const { bridge, push } = fakeBridge(async () => ({ ok: true, result: null }));
    const client = createKioskClient(bridge);
    const scans: unknown[] = [];
    const off = client.on('scan', (scan) => scans.push(scan));
    push('scan', { raw: '000.00.12.H53-261120-0009', source: 'hid', at: '2026-11-20T03:00:00.000Z' });
    push('scan', { raw: 42, source: 'hid', at: 'yesterday' });
    push('syncStatus', info.sync);
    expect(scans).toEqual([{ raw: '000.00.12.H53-261120-0009', source: 'hid', at: '2026-11-20T03:00:00.000Z' }]);
    off();
    push('scan', { raw: 'later', source: 'hid', at: '2026-11-20T03:00:00.000Z' });
    expect(scans).toHaveLength(1);
  });
});

describe('the HTTP bridge', () => {
  const jsonResponse = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('POSTs the input as JSON to /api/call/<method> with the same-origin cookie', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true, result: notFound }));
    const bridge = createHttpBridge({ fetch: fetchMock as unknown as typeof fetch });
    const answer = await bridge.call('lookupDossier', { raw: 'abc', source: 'keypad' });
    expect(answer).toEqual({ ok: true, result: notFound });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/call/lookupDossier');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(init.body as string)).toEqual({ raw: 'abc', source: 'keypad' });
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('passes a host error envelope on (4xx/5xx with a JSON body)', async () => {
    const body = { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong kiosk token.' } };
    const bridge = createHttpBridge({ fetch: (async () => jsonResponse(401, body)) as unknown as typeof fetch });
    const client = createKioskClient(bridge);
    const failure = await failureOf(client.getKioskInfo({}));
    expect(failure.code).toBe('host-error:unauthorized');
  });

  it('reports a dead host, a proxy error page or a timeout as unreachable', async () => {
    const refused = createKioskClient(createHttpBridge({ fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch }));
    expect((await failureOf(refused.getKioskInfo({}))).kind).toBe('unreachable');
    const html = createKioskClient(
      createHttpBridge({ fetch: (async () => new Response('<h1>502</h1>', { status: 502 })) as unknown as typeof fetch }),
    );
    expect((await failureOf(html.getKioskInfo({}))).kind).toBe('unreachable');
    const slow = createKioskClient(
      createHttpBridge({
        timeoutMs: 20,
        fetch: ((_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch,
      }),
    );
    expect((await failureOf(slow.getKioskInfo({}))).kind).toBe('unreachable');
  });

  it('opens one event stream for all listeners and closes it with the last one', () => {
    type Handler = (event: Event) => void;
    const handlers = new Map<string, Handler>();
    const close = vi.fn();
    const create = vi.fn((url: string) => {
      expect(url).toBe('/api/events');
      return {
        addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
        close,
      } as unknown as EventSource;
    });
    const bridge = createHttpBridge({ createEventSource: create });
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = bridge.onEvent((e) => a.push(e));
    const offB = bridge.onEvent((e) => b.push(e));
    expect(create).toHaveBeenCalledTimes(1);
    // Every pushed event, plus the stream's own open/error (reopening a stream the browser closed).
    expect([...handlers.keys()].sort()).toEqual([...Object.keys(kioskEvents), 'error', 'open'].sort());
    handlers.get('syncStatus')!({ data: JSON.stringify(info.sync) } as MessageEvent);
    handlers.get('scan')!({ data: '{not json' } as MessageEvent);
    expect(a).toEqual([{ type: 'syncStatus', payload: info.sync }]);
    expect(b).toEqual(a);
    offA();
    expect(close).not.toHaveBeenCalled();
    offB();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
