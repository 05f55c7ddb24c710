// Test connection and `kiosk doctor` speak the protocol the kiosk is set to: the kiosk's own
// (GET /v1/dossiers/{code}) or the national portal's (POST /TraCuuHoSo), against the district
// simulator on loopback in both formats, with a change feed and lookup-only.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorCheck } from '../../../../shared/contract/index.ts';
import { renderText } from '../../../../shared/i18n/technician-format.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { probeDistrict } from '../../../../electron/technician/connection-probe.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const TOKEN = 'national-probe-token';
const tempDir = useTempDir('kiosk-national-probe-');
let kioskSim: DistrictSim;
let nationalSim: DistrictSim;
let lookupOnlySim: DistrictSim;

beforeAll(async () => {
  [kioskSim, nationalSim, lookupOnlySim] = await Promise.all([
    startDistrictSim({ dossiers: 10, token: TOKEN }),
    startDistrictSim({ dossiers: 10, token: TOKEN, format: 'national' }),
    startDistrictSim({ dossiers: 10, token: TOKEN, format: 'national', lookupOnly: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([kioskSim.close(), nationalSim.close(), lookupOnlySim.close()]);
});

const probe = (url: string, protocol: 'kiosk' | 'national', token: string | null = TOKEN) =>
  probeDistrict({ url, token, kioskId: 'kiosk-probe', protocol, timeoutMs: 5000 });

describe('test connection in the chosen protocol', () => {
  it('national: asks TraCuuHoSo for a code nobody has, and passes on a server with a feed and on a lookup-only one', async () => {
    for (const sim of [nationalSim, lookupOnlySim]) {
      sim.clearRequests();
      const report = await probe(sim.url, 'national');
      expect(report).toMatchObject({ ok: true, failure: null });
      expect(report.passed.map((p) => p.step)).toEqual(['url', 'dns', 'connect', 'request']);
      expect(sim.requests()).toEqual([expect.objectContaining({ method: 'POST', route: 'tra-cuu-ho-so', status: 200, authorized: true })]);
    }
  });

  it('national: a wrong token, and a kiosk-protocol server that has no TraCuuHoSo', async () => {
    expect((await probe(nationalSim.url, 'national', 'not-the-token')).failure).toMatchObject({ kind: 'unauthorized', step: 'request', status: 401 });
    expect((await probe(nationalSim.url, 'national', null)).failure).toMatchObject({ kind: 'no-token' });
    expect((await probe(kioskSim.url, 'national')).failure).toMatchObject({ kind: 'not-kiosk-server', status: 404 });
  });

  it('kiosk: still GET /v1/dossiers/{code}, and a lookup-only national server is not a kiosk-protocol server', async () => {
    kioskSim.clearRequests();
    expect(await probe(kioskSim.url, 'kiosk')).toMatchObject({ ok: true });
    expect(kioskSim.requests().map((r) => [r.method, r.path, r.status])).toEqual([['GET', '/v1/dossiers/kiosk-connection-test', 404]]);
    expect((await probe(lookupOnlySim.url, 'kiosk')).failure).toMatchObject({ kind: 'not-kiosk-server' });
  });
});

describe('kiosk doctor in the chosen protocol', () => {
  function kiosk(url: string, protocol: 'kiosk' | 'national') {
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    const settings = new SettingsStore(db);
    settings.set('districtServerUrl', url);
    settings.set('districtProtocol', protocol);
    new SecretStore(db).set('districtToken', TOKEN);
    return { db, deps: { db, dbPath, stores: kioskStores(db), timeoutMs: 5000 } };
  }
  const check = (checks: DoctorCheck[], id: string) => checks.find((c) => c.id === id)!;

  it('national: the server, token and protocol checks pass through TraCuuHoSo, and the protocol check names the portal lookup', async () => {
    const { db, deps } = kiosk(lookupOnlySim.url, 'national');
    const report = await runDoctor(deps);
    for (const id of ['server', 'token', 'protocol']) expect(check(report.checks, id).status).toBe('ok');
    expect(renderText('en', check(report.checks, 'protocol').message)).toContain('TraCuuHoSo');
    expect(renderText('vi', check(report.checks, 'protocol').message)).toContain('Cổng Dịch vụ công quốc gia');
    db.close();
  });

  it('the wrong protocol for the server fails the protocol check with a fix', async () => {
    const { db, deps } = kiosk(kioskSim.url, 'national');
    const protocol = check((await runDoctor(deps)).checks, 'protocol');
    expect(protocol.status).toBe('failure');
    expect(protocol.fix).not.toBeNull();
    db.close();
    const kioskOnLookupOnly = kiosk(lookupOnlySim.url, 'kiosk');
    expect(check((await runDoctor(kioskOnLookupOnly.deps)).checks, 'protocol').status).toBe('failure');
    kioskOnLookupOnly.db.close();
  });
});
