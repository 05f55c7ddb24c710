// Every KioskApi method, fed random inputs through both transports: the loopback HTTP
// transport (a real server, real requests) and the IPC handler of electron/app/ipc.ts (a fake
// ipcMain, the real handler), both in front of one real host on a real database.
// Whatever arrives: an answer that matches the contract or a refusal (invalid-input,
// unknown-method, unauthorized), never an internal error, a 5xx or a crash; and a refused
// call writes nothing (the database is watched by a second connection after every call).
import { createHash } from 'node:crypto';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, kioskMethods } from '../../../../shared/contract/index.ts';
import type { CallResponse, KioskMethodName } from '../../../../shared/contract/index.ts';
import { registerKioskIpc } from '../../../../electron/app/ipc.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { startHttpTransport } from '../../../../electron/http/http-transport.ts';
import type { HttpTransport } from '../../../../electron/http/http-transport.ts';
import { FakeIpcMain, appFrame } from '../app/fakes.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

vi.mock('electron', () => ({}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const METHODS = Object.keys(kioskMethods) as KioskMethodName[];
const REFUSALS = new Set(['invalid-input', 'unknown-method', 'unauthorized']);
/** What a refused technician call may still write: the PIN's failure count and the audit log. */
const TECHNICIAN_BOOKKEEPING = new Set(['technician_pin', 'audit_log']);

const tempDir = useTempDir('kiosk-fuzz-');
let host: KioskHost;
let http: HttpTransport;
let ipc: FakeIpcMain;
let monitor: BetterSqlite3.Database;
let tableHashes = new Map<string, string>();
const stats = { calls: 0, accepted: 0, refused: 0, writes: 0 };

function hashTables(): Map<string, string> {
  const tables = monitor.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, createHash('sha1').update(JSON.stringify(monitor.prepare(`SELECT * FROM "${t}"`).raw().all())).digest('hex')]));
}

let dataVersion = 0;
/** The tables a call changed (none when SQLite says nothing was committed since the last look). */
function changedTables(): string[] {
  const version = monitor.pragma('data_version', { simple: true }) as number;
  if (version === dataVersion) return [];
  dataVersion = version;
  const now = hashTables();
  const changed = [...now.keys()].filter((t) => now.get(t) !== tableHashes.get(t));
  tableHashes = now;
  return changed;
}

/** The rules every answer obeys, and what it may have written. */
function check(method: string, response: CallResponse, label: string): void {
  stats.calls += 1;
  const changed = changedTables();
  if (response.ok) {
    stats.accepted += 1;
    if (changed.length > 0) stats.writes += 1;
    const spec = kioskMethods[method as KioskMethodName];
    expect(spec, `${label}: ok for an unknown method`).toBeDefined();
    expect(spec.output.safeParse(response.result).success, `${label}: result off contract`).toBe(true);
    return;
  }
  stats.refused += 1;
  expect(REFUSALS.has(response.error.code), `${label}: ${response.error.code} (${response.error.message})`).toBe(true);
  const allowed = response.error.code === 'unauthorized' ? TECHNICIAN_BOOKKEEPING : new Set<string>();
  expect(changed.filter((t) => !allowed.has(t)), `${label}: a refused call wrote`).toEqual([]);
}

beforeAll(async () => {
  vi.stubEnv('KIOSK_LOG', 'silent');
  const file = path.join(tempDir(), 'kiosk.db');
  host = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
  http = await startHttpTransport({ host, uiRoot: tempDir() });
  ipc = new FakeIpcMain();
  registerKioskIpc(ipc, host, { eventTarget: () => null });
  monitor = new BetterSqlite3(file, { readonly: true });
  dataVersion = monitor.pragma('data_version', { simple: true }) as number;
  tableHashes = hashTables();
}, 60_000);

afterAll(async () => {
  console.log(`fuzz: ${stats.calls} calls, ${stats.accepted} answered, ${stats.refused} refused, ${stats.writes} accepted calls wrote`);
  monitor?.close();
  await http?.close();
  await host?.close();
  vi.unstubAllEnvs();
});

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, '', ' ', '0', 'true', '../../etc/passwd', '%00', '\u0000', 'ｘ', '000.00.12.H53-261120-0009'),
  fc.boolean(),
  fc.constant(null),
);
const anything = fc.anything({ maxDepth: 3, maxKeys: 6, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true });
const json = fc.jsonValue({ maxDepth: 3 });

/** Inputs shaped like the method's own: its keys, with anything in them, some missing, some extra. */
function inputsFor(method: KioskMethodName, values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const shape = (kioskMethods[method].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, values])), { requiredKeys: [] });
  const withExtra = fc.tuple(shaped, fc.dictionary(fc.string({ maxLength: 12 }), values, { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a }));
  return fc.oneof(values, shaped, withExtra);
}

async function httpCall(method: string, body: string, contentType = 'application/json'): Promise<{ status: number; response: CallResponse }> {
  const res = await fetch(`http://127.0.0.1:${http.port}/api/call/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Authorization: `Bearer ${http.token}` },
    body,
  });
  return { status: res.status, response: (await res.json()) as CallResponse };
}

describe.each(METHODS)('%s fuzzed', (method) => {
  it('over loopback HTTP: contract answers or refusals, never a 5xx, nothing written when refused', async () => {
    await fc.assert(
      fc.asyncProperty(inputsFor(method, fc.oneof(json, scalar)), async (input) => {
        const body = JSON.stringify(input) ?? 'null';
        const { status, response } = await httpCall(method, body);
        expect(status, `HTTP ${status} for ${body.slice(0, 200)}`).toBeLessThan(500);
        check(method, response, `HTTP ${method} ${body.slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('over IPC (electron/app/ipc.ts): the same, for any value a renderer could send', async () => {
    await fc.assert(
      fc.asyncProperty(inputsFor(method, fc.oneof(anything, scalar)), async (input) => {
        const response = (await ipc.invoke(IPC_CALL_CHANNEL, appFrame, method, input)) as CallResponse;
        check(method, response, `IPC ${method} ${fc.stringify(input).slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('the transports themselves, fuzzed', () => {
  it('HTTP: any method name, any body, any content type → a refusal in the envelope, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...METHODS), fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.constantFrom('__proto__', 'constructor', 'toString', '..%2F..%2Fpackage.json')),
        fc.oneof(fc.string({ maxLength: 200 }), fc.constant('{"raw": "x", "source": "wedge"'), fc.constant('x'.repeat(70 * 1024))),
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
        async (method, body, contentType) => {
          const { status, response } = await httpCall(method, body, contentType);
          expect(status).toBeLessThan(500);
          if (!response.ok) check(method, response, `HTTP raw ${method} ${body.slice(0, 80)}`);
          else changedTables();
        },
      ),
      { numRuns: RUNS * 3 },
    );
  }, 120_000);

  it('IPC: any value as the method name → unknown-method, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anything, fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'call')), anything, async (method, input) => {
        fc.pre(typeof method !== 'string' || !(METHODS as string[]).includes(method));
        const response = (await ipc.invoke(IPC_CALL_CHANNEL, appFrame, method, input)) as CallResponse;
        expect(response).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
        check(typeof method === 'string' ? method : '(not a string)', response, `IPC method name ${fc.stringify(method).slice(0, 80)}`);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('the host still answers normally afterwards', async () => {
    await expect(host.call('lookupDossier', { raw: '000.12.12.H53-261112-0015', source: 'keypad' })).resolves.toMatchObject({ ok: true, result: { kind: 'found' } });
    await expect(httpCall('getKioskInfo', '{}')).resolves.toMatchObject({ status: 200, response: { ok: true } });
  });
});
