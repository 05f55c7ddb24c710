import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoctorCheck, DoctorCheckId } from '../../../../shared/contract/index.ts';
import { renderText } from '../../../../shared/i18n/technician-format.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import type { DoctorDeps } from '../../../../electron/technician/doctor.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { freePort, makeTlsFixtures, startFakeDistrict, startTlsServer } from './network-fixtures.ts';

const TOKEN = 'doctor-test-token';
let sim: DistrictSim;
beforeAll(async () => {
  sim = await startDistrictSim({ dossiers: 30, token: TOKEN });
});
afterAll(async () => {
  await sim.close();
});

const tempDir = useTempDir('kiosk-doctor-');

interface Kiosk {
  dbPath: string;
  deps: (extra?: Partial<DoctorDeps>) => DoctorDeps;
  settings: SettingsStore;
  state: SyncStateStore;
  close(): void;
}

/** A kiosk database configured for `url` (the simulator unless told otherwise). */
function kiosk(url: string | null = sim.url, token: string | null = TOKEN, ca: string | null = null): Kiosk {
  const dbPath = path.join(tempDir(), 'kiosk.db');
  const db = openDatabase(dbPath);
  const settings = new SettingsStore(db);
  const secrets = new SecretStore(db);
  settings.set('districtServerUrl', url);
  settings.set('kioskId', 'kiosk-doctor');
  if (ca) settings.set('districtCaPem', ca);
  secrets.set('districtToken', token);
  const state = new SyncStateStore(db);
  state.recordSuccess('server', new Date());
  return {
    dbPath,
    settings,
    state,
    deps: (extra = {}) => ({ db, dbPath, stores: kioskStores(db), timeoutMs: 3000, ...extra }),
    close: () => db.close(),
  };
}

const byId = (checks: DoctorCheck[]) => Object.fromEntries(checks.map((c) => [c.id, c])) as Record<DoctorCheckId, DoctorCheck>;
const en = (check: DoctorCheck) => `${renderText('en', check.message)} | ${check.fix ? renderText('en', check.fix) : ''}`;

describe('kiosk doctor checks', () => {
  it('all pass against the district simulator (TLS is a warning on plain http; scanners not checked without a scanner service)', async () => {
    const k = kiosk();
    const report = await runDoctor(k.deps());
    const c = byId(report.checks);
    expect(report.checks.map((x) => x.id)).toEqual(['database', 'disk', 'server', 'tls', 'token', 'protocol', 'scanners', 'printer', 'clock', 'sync', 'updates']);
    expect(Object.fromEntries(report.checks.map((x) => [x.id, x.status]))).toEqual({
      database: 'ok',
      disk: 'ok',
      server: 'ok',
      tls: 'warning',
      token: 'ok',
      protocol: 'ok',
      scanners: 'not-checked',
      printer: 'not-checked',
      clock: 'ok',
      sync: 'ok',
      updates: 'not-checked',
    });
    expect(report.failures).toBe(0);
    expect(en(c.scanners)).toContain('no host-side scanner service');
    expect(c.tls.fix).not.toBeNull();
    expect(c.server.fix).toBeNull();
    k.close();
  });

  it('database: a damaged file fails with a fix; an unreadable file fails too', async () => {
    const k = kiosk();
    const db = k.deps().db!;
    db.exec("CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO filler SELECT printf('%0200d', i) FROM n;");
    db.exec('CREATE INDEX filler_x ON filler (x)');
    db.pragma('wal_checkpoint(TRUNCATE)');
    k.close();
    const fd = fs.openSync(k.dbPath, 'r+');
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);

    let damaged;
    try {
      damaged = openDatabase(k.dbPath);
    } catch (error) {
      damaged = null;
      expect(String(error)).toMatch(/malformed|corrupt|not a database/i);
    }
    const report = await runDoctor({ db: damaged, openError: damaged ? undefined : 'malformed', dbPath: k.dbPath, stores: null, timeoutMs: 1000 });
    const c = byId(report.checks);
    expect(c.database.status).toBe('failure');
    expect(en(c.database)).toMatch(/damaged: .*(malformed|corrupt|Tree|page|wrong|out of order|never used)/i);
    expect(en(c.database)).toContain(k.dbPath);
    damaged?.close();

    const notSqlite = path.join(tempDir(), 'kiosk.db');
    fs.writeFileSync(notSqlite, 'this is not a database at all'.repeat(200));
    const cli = await runKioskCliAsync(['doctor', '--db', notSqlite, '--json', '--timeout', '2']);
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stdout).checks[0]).toMatchObject({ id: 'database', status: 'failure' });
  }, 60_000);

  it('disk: fails below its limit, warns below the warning limit', async () => {
    const k = kiosk();
    expect(byId((await runDoctor(k.deps({ disk: { failBelowBytes: 2 ** 60, warnBelowBytes: 2 ** 61 } }))).checks).disk).toMatchObject({ status: 'failure' });
    const warned = byId((await runDoctor(k.deps({ disk: { failBelowBytes: 1, warnBelowBytes: 2 ** 60 } }))).checks).disk;
    expect(warned.status).toBe('warning');
    expect(en(warned)).toMatch(/^Only [\d.,]+ [KMGT]?B free\. \| Free up space on the disk that holds /);
    k.close();
  });

  it('server: a stopped server fails reachability; TLS, token, protocol and clock are then not checked', async () => {
    const k = kiosk(`http://127.0.0.1:${await freePort()}`);
    const c = byId((await runDoctor(k.deps())).checks);
    expect(c.server.status).toBe('failure');
    expect(en(c.server)).toContain('refused the connection');
    for (const id of ['tls', 'token', 'protocol', 'clock'] as const) expect(c[id].status, id).toBe('not-checked');
    const none = kiosk(null);
    expect(en(byId((await runDoctor(none.deps())).checks).server)).toContain('No district server address is set.');
    k.close();
    none.close();
  });

  describe('TLS', () => {
    let certs: ReturnType<typeof makeTlsFixtures>;
    beforeAll(() => {
      certs = makeTlsFixtures(tempDir());
    });

    it('fails on a broken TLS server (self-signed certificate), with the fix to pin the CA', async () => {
      const server = await startTlsServer(certs.selfSigned);
      const k = kiosk(server.url);
      try {
        const c = byId((await runDoctor(k.deps())).checks);
        expect(c.server.status).toBe('ok');
        expect(c.tls.status).toBe('failure');
        expect(en(c.tls)).toContain('is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)');
        expect(en(c.tls)).toContain('kiosk config set districtCaPem --file');
        expect(c.token.status).toBe('not-checked');
      } finally {
        k.close();
        await server.close();
      }
    });

    it('passes over https with the pinned CA', async () => {
      const server = await startFakeDistrict({ tls: certs.server });
      const k = kiosk(server.url, TOKEN, certs.caPem);
      try {
        const c = byId((await runDoctor(k.deps())).checks);
        expect([c.server.status, c.tls.status, c.token.status, c.protocol.status, c.clock.status]).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
      } finally {
        k.close();
        await server.close();
      }
    });
  });

  it('token: the simulator refuses a wrong one; a token only the app can unseal is not checked', async () => {
    const k = kiosk(sim.url, 'wrong-token-123');
    const c = byId((await runDoctor(k.deps())).checks);
    expect(c.token.status).toBe('failure');
    expect(en(c.token)).toContain('refused this kiosk’s token (HTTP 401)');
    expect(c.protocol.status).toBe('ok');
    expect(byId((await runDoctor(k.deps({ tokenOverride: TOKEN }))).checks).token.status).toBe('ok');
    k.close();
  });

  it('protocol: a server of another protocol version fails', async () => {
    const newer = await startFakeDistrict({ protocol: '2' });
    const k = kiosk(newer.url);
    try {
      const c = byId((await runDoctor(k.deps())).checks);
      expect(c.protocol.status).toBe('failure');
      expect(en(c.protocol)).toContain('speaks protocol version 2; this kiosk speaks version 1');
    } finally {
      k.close();
      await newer.close();
    }
  });

  it('clock: compared with the server’s Date header; off by minutes is a failure, by a minute and more a warning', async () => {
    const k = kiosk();
    const shifted = (ms: number) => () => new Date(Date.now() + ms);
    const failed = byId((await runDoctor(k.deps({ now: shifted(-10 * 60_000) }))).checks).clock;
    expect(failed.status).toBe('failure');
    expect(failed.message.params.seconds).toBeGreaterThanOrEqual(598);
    expect(en(failed)).toContain('(NTP)');
    expect(byId((await runDoctor(k.deps({ now: shifted(2 * 60_000) }))).checks).clock.status).toBe('warning');
    k.close();
  });

  it('scanners: counted when a scanner service exists', async () => {
    const k = kiosk();
    expect(byId((await runDoctor(k.deps({ scanners: async () => 1 }))).checks).scanners.status).toBe('ok');
    expect(byId((await runDoctor(k.deps({ scanners: async () => 0 }))).checks).scanners.status).toBe('failure');
    k.close();
  });

  it('sync: a failed last sync or none at all is a warning', async () => {
    const k = kiosk();
    k.state.recordFailure(new Date(), 'The district server refused the connection.');
    expect(byId((await runDoctor(k.deps())).checks).sync).toMatchObject({ status: 'warning' });
    k.close();
  });
});

describe('`kiosk doctor` from a shell', { timeout: 90_000 }, () => {
  it('exits 0 when nothing fails and 1 when a check fails, in JSON or in words', async () => {
    const good = kiosk();
    good.close();
    const ok = await runKioskCliAsync(['doctor', '--db', good.dbPath, '--json']);
    expect(ok.status).toBe(0);
    const json = JSON.parse(ok.stdout);
    expect(json).toMatchObject({ ok: true, failures: 0 });
    expect(json.checks.find((c: { id: string }) => c.id === 'server')).toMatchObject({ status: 'ok', fix: null });

    const bad = kiosk(sim.url, 'wrong-token-123');
    bad.close();
    const failed = await runKioskCliAsync(['doctor', '--db', bad.dbPath]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/failure\s+Token\s+The server refused this kiosk’s token \(HTTP 401\)/);
    expect(failed.stdout).toContain('Fix: Enter again the token');
    expect(failed.stdout).toMatch(/^Failures: 1\. Warnings: 1\.$/m);

    const vi = await runKioskCliAsync(['doctor', '--db', bad.dbPath, '--lang', 'vi']);
    expect(vi.stdout).toContain('Máy chủ từ chối token của máy (HTTP 401)');
    expect((await runKioskCliAsync(['doctor', '--db', path.join(tempDir(), 'missing.db')])).status).toBe(2);
  });
});

describe('`kiosk doctor` with a host-side scanner configured', { timeout: 90_000 }, () => {
  it('fails the scanner check when no HID POS device or USB serial port is present', async () => {
    const k = kiosk();
    k.settings.set('scannerSource', 'hid');
    k.close();
    const run = await runKioskCliAsync(['doctor', '--db', k.dbPath, '--json']);
    const scanners = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'scanners');
    expect(scanners.status).toBe('failure');
    expect(run.status).toBe(1);
  });
});
