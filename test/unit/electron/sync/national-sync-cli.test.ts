// `kiosk sync --format national` (the real command, on a real SQLite file) against the district
// simulator publishing the portal's shape (no version, personal fields included), then
// `kiosk lookup`: every dossier is taken, later changes replace what the kiosk holds, and the
// supplement, fee and collection details are shown; nothing personal is stored or logged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierRecord } from '../../../../shared/contract/index.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { TOKEN, readFeed } from '../../district-sim/sim-client.ts';

const DOSSIERS = 400;
const LOGGING = { KIOSK_LOG: 'on' };

describe('kiosk sync --format national against a server speaking the portal’s field names', () => {
  let sim: DistrictSim;
  let dir: string;
  let db: string;
  let output = '';

  const sync = async () => {
    const result = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--format', 'national', '--json'], LOGGING);
    output += result.stdout + result.stderr;
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };
  const lookup = async (code: string) => {
    const result = await runKioskCliAsync(['lookup', code, '--db', db], LOGGING);
    output += result.stdout + result.stderr;
    expect(result.status, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as { dossier: Record<string, unknown> }).dossier;
  };

  beforeAll(async () => {
    sim = await startDistrictSim({ dossiers: DOSSIERS, token: TOKEN, seed: 5, format: 'national', anchor: new Date('2026-11-20T03:00:00Z') });
    dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'kiosk-national-sync-'));
    db = path.join(dir, 'kiosk.db');
  });
  afterAll(async () => {
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes every dossier, then only what changed, with deletions', async () => {
    expect(await sync()).toMatchObject({ ok: true, applied: DOSSIERS, quarantined: 0 });
    const advanced = sim.advance(25);
    const deleted = sim.deleteDossiers(3);
    const again = await sync();
    expect(again).toMatchObject({ ok: true, deleted: 3, quarantined: 0 });
    expect(again.applied).toBe(new Set(advanced.filter((code) => !deleted.includes(code))).size);
    expect(await sync()).toMatchObject({ ok: true, applied: 0, deleted: 0 });
  }, 120_000);

  it('shows the supplement request, the fee owed and how and where the result is handed over', async () => {
    const records = sim.state.allDossiers();
    const find = (test: (r: DossierRecord) => boolean) => {
      const found = records.find(test);
      if (!found) throw new Error('the simulator has no such dossier');
      return found;
    };
    const supplement = find((r) => r.status === 5);
    const paying = find((r) => r.status === 6);
    const finished = find((r) => r.status === 9);
    const [s, p, f] = await Promise.all([supplement, paying, finished].map((r) => lookup(r.code)));
    expect(s!.nextStep).toEqual({ kind: 'supplement', documents: supplement.missingDocuments, note: `Đề nghị bổ sung: ${supplement.missingDocuments!.join('; ')}` });
    expect(s!.dueAt).toBe(supplement.dueAt!.replace('Z', '.000Z'));
    expect(p!.nextStep).toEqual({ kind: 'pay', amountVnd: paying.feeVnd, fees: [{ name: 'Lệ phí giải quyết thủ tục hành chính', amountVnd: paying.feeVnd }] });
    const collect = f!.nextStep as { delivery: string; counter: string | null; documents: string[] };
    expect(collect).toMatchObject({ kind: 'collect', documents: [`Kết quả: ${finished.procedureName}`] });
    expect(collect.counter).toBe(collect.delivery === 'counter' ? finished.resultCounter : null);
  }, 120_000);

  it('stores and logs none of the personal fields the server sent', async () => {
    const { items } = await readFeed<Record<string, unknown>>(sim, null);
    const personal = new Set<string>();
    for (const item of items) {
      for (const field of ['SoDienThoai', 'Email', 'Fax', 'MaDoiTuong', 'SoGiayToChuHoSo']) if (item[field]) personal.add(item[field] as string);
      if (item.HinhThuc === '1' && item.ThongTinTra) personal.add(item.ThongTinTra as string);
      for (const step of (item.QuaTrinhXuLy as { NguoiXuLy: string }[] | undefined) ?? []) personal.add(step.NguoiXuLy);
      if (typeof item.ChuHoSo === 'string') personal.add(item.ChuHoSo);
    }
    expect(personal.size).toBeGreaterThan(DOSSIERS);
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
    const bytes = Buffer.concat(files);
    expect(bytes.length).toBeGreaterThan(100_000);
    for (const value of personal) {
      expect(bytes.includes(Buffer.from(value, 'utf8')), value).toBe(false);
      expect(output).not.toContain(value);
    }
  }, 120_000);
});
