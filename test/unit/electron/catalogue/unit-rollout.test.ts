// Province rollout: a kiosk shows the fields and procedures of its own unit, set locally or by
// the district through the heartbeat; a unit with nothing configured shows everything. The
// real host over the demo catalogue (8 fields) and over the district simulator's (6 fields).
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallResponse } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { connectToDistrict, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-rollout-');
const hosts: KioskHost[] = [];
let sim: DistrictSim | undefined;
beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  await sim?.close();
  sim = undefined;
});

const result = <T,>(response: CallResponse): T => {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.result as T;
};
type Fields = { fields: { name: string; count: number }[] };

async function demoKiosk(unitFields: string[] | null) {
  const file = path.join(tempDir(), 'kiosk.db');
  if (unitFields) {
    const db = openDatabase(file);
    new SettingsStore(db).set('unitFields', unitFields);
    db.close();
  }
  const host = await createKioskHost({ dbPath: file, demoWhenEmpty: true, backgroundSync: false });
  hosts.push(host);
  const call = async <T,>(method: string, input: unknown = {}) => result<T>(await host.call(method, input));
  return { host, call, file };
}

describe('a unit with nothing configured', () => {
  it('shows every field of the catalogue', async () => {
    const { call } = await demoKiosk(null);
    const { fields } = await call<Fields>('listFields');
    expect(fields.map((f) => f.name)).toHaveLength(8);
    expect(fields.reduce((n, f) => n + f.count, 0)).toBe(31);
  });
});

describe('a unit set locally (the technician’s setting)', () => {
  const UNIT = ['Hộ tịch', 'Chứng thực', 'Đăng ký, quản lý cư trú', 'Đất đai'];

  it('lists only its fields, with their counts', async () => {
    const { call } = await demoKiosk(UNIT);
    const { fields } = await call<Fields>('listFields');
    expect(fields.map((f) => f.name).sort()).toEqual([...UNIT].sort());
    expect(fields.find((f) => f.name === 'Hộ tịch')?.count).toBe(11);
  });

  it('finds nothing outside them: lists, search (words and codes), suggested fields, a procedure by code', async () => {
    const { call } = await demoKiosk(UNIT);
    expect(await call('listProcedures', { field: 'Hoạt động xây dựng' })).toEqual({ procedures: [], total: 0 });
    expect((await call<{ total: number }>('listProcedures', { field: 'Hộ tịch' })).total).toBe(11);

    const marriage = await call<{ results: { fieldName: string }[] }>('searchProcedures', { query: 'dang ky' });
    expect(marriage.results.length).toBeGreaterThan(0);
    expect(marriage.results.every((r) => UNIT.includes(r.fieldName))).toBe(true);

    // Building permits are not this unit's: whatever the search finds instead is the unit's own.
    const building = await call<{ results: { fieldName: string }[] }>('searchProcedures', { query: 'giay phep xay dung' });
    expect(building.results.every((r) => UNIT.includes(r.fieldName))).toBe(true);
    const nothing = await call<{ results: unknown[]; suggestedFields: { name: string }[] }>('searchProcedures', { query: 'qqqzzz' });
    expect(nothing.results).toEqual([]);
    expect(nothing.suggestedFields.length).toBeGreaterThan(0);
    expect(nothing.suggestedFields.every((f) => UNIT.includes(f.name))).toBe(true);
    expect(await call('searchProcedures', { query: 'ket hon', field: 'Hoạt động xây dựng' })).toMatchObject({ results: [], suggestedFields: [] });

    const all = await demoKiosk(null);
    const outside = (await all.call<{ procedures: { code: string }[] }>('listProcedures', { field: 'Hoạt động xây dựng' })).procedures[0]!.code;
    expect(await call('getProcedure', { code: outside })).toEqual({ procedure: null });
    expect((await call<{ results: unknown[] }>('searchProcedures', { query: outside })).results).toEqual([]);
    const inside = (await call<{ procedures: { code: string }[] }>('listProcedures', { field: 'Hộ tịch' })).procedures[0]!.code;
    expect(await call('getProcedure', { code: inside })).toMatchObject({ procedure: { code: inside, fieldName: 'Hộ tịch' } });
  });

  it('applies a change at once, without a restart; an empty list shows everything again', async () => {
    const { call, file } = await demoKiosk(UNIT);
    const db = openDatabase(file);
    try {
      new SettingsStore(db).set('unitFields', ['Hoạt động xây dựng']);
      expect((await call<Fields>('listFields')).fields.map((f) => f.name)).toEqual(['Hoạt động xây dựng']);
      new SettingsStore(db).set('unitFields', []);
      expect((await call<Fields>('listFields')).fields).toHaveLength(8);
    } finally {
      db.close();
    }
  });

  it('matches field names however they were typed in Unicode (NFC/NFD) and spaced', async () => {
    const { call } = await demoKiosk(['  Hộ tịch '.normalize('NFD')]);
    expect((await call<Fields>('listFields')).fields.map((f) => f.name)).toEqual(['Hộ tịch']);
  });
});

describe('a unit set by the district through the heartbeat', () => {
  it('shows the 4 of the district’s 6 fields that the heartbeat names, and reports the updater back', async () => {
    sim = await startDistrictSim({ dossiers: 40, token: TOKEN, seed: 5 });
    const unit = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Hoạt động xây dựng'];
    sim.setKioskConfig({ unitFields: unit, updateUrl: 'https://district.example/kiosk-updates/' });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    const settings = new SettingsStore(db);
    connectToDistrict(db, sim.url);
    const update = { current: '0.1.0', installKind: 'appimage', state: 'idle', published: '0.1.0', lastCheckAt: null, lastError: null, bad: [], trial: null };
    const service = syncServiceFor(db, file, { updateStatus: () => update });
    await service.syncNow();
    expect(service.heartbeatOutcome?.applied.sort()).toEqual(['unitFields', 'updateUrl']);
    expect(settings.get('unitFields')).toEqual(unit);
    expect(settings.get('updateUrl')).toBe('https://district.example/kiosk-updates/');
    expect(sim.state.heartbeats()[0]?.update).toEqual(update);
    db.close();

    const host = await createKioskHost({ dbPath: file, backgroundSync: false });
    hosts.push(host);
    const { fields } = result<Fields>(await host.call('listFields', {}));
    expect(fields.map((f) => f.name).sort()).toEqual([...unit].sort());
    expect(fields.reduce((n, f) => n + f.count, 0)).toBeLessThan(17);
  });

  it('a value the schema refuses is rejected, the unit keeps what it had', async () => {
    sim = await startDistrictSim({ dossiers: 10, token: TOKEN, seed: 6 });
    sim.setKioskConfig({ unitFields: 'Hộ tịch', updateUrl: 'http://plain.example/' });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    const settings = new SettingsStore(db);
    settings.set('districtServerUrl', sim.url);
    settings.set('unitFields', ['Chứng thực']);
    new SecretStore(db).set('districtToken', TOKEN);
    const service = syncServiceFor(db, file);
    await service.syncNow();
    expect(service.heartbeatOutcome?.rejected.map((r) => r.key).sort()).toEqual(['unitFields', 'updateUrl']);
    expect(settings.get('unitFields')).toEqual(['Chứng thực']);
    expect(sim.state.heartbeats()[0]?.update).toBeNull();
    db.close();
  });
});
