import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { kioskStores } from '../../../../electron/stores/kiosk-stores.ts';
import { PrinterService } from '../../../../electron/printer/printer-service.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { runDoctor } from '../../../../electron/technician/doctor.ts';
import { renderText } from '../../../../shared/i18n/technician-format.ts';
import { startDistrictSim, type DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { connectToDistrict, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { VirtualTcpPrinter } from '../../../support/virtual-printer.ts';
import { openTestHost } from '../technician/technician-harness.ts';

describe('the printer’s paper state reaches kiosk doctor and the heartbeat', { timeout: 90_000 }, () => {
  const tempDir = useTempDir();
  const virtual = new VirtualTcpPrinter();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await virtual.stop();
    await sim?.close();
    sim = undefined;
  });

  const kioskWithPrinter = (uri: string | null, dir = tempDir()) => {
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    const settings = new SettingsStore(db);
    settings.set('receiptPrinter', uri);
    return { db, dbPath, settings };
  };

  const printerCheck = async (uri: string | null) => {
    const { db, dbPath, settings } = kioskWithPrinter(uri);
    const printer = new PrinterService({ settings, now: () => new Date() });
    const report = await runDoctor({ db, dbPath, stores: kioskStores(db), timeoutMs: 1000, printer: () => printer.status() });
    db.close();
    const check = report.checks.find((c) => c.id === 'printer')!;
    return { status: check.status, message: renderText('en', check.message), fix: check.fix && renderText('vi', check.fix) };
  };

  it.each([
    ['ok', 'ok', 'is ready: paper loaded, cover closed'],
    ['paper-out', 'failure', 'is out of paper'],
    ['cover-open', 'failure', 'cover of printer'],
    ['silent', 'not-checked', 'does not answer status requests'],
  ] as const)('doctor: a printer answering %s is %s', async (state, status, words) => {
    await virtual.start();
    virtual.state = state;
    const check = await printerCheck(virtual.uri);
    expect(check.status).toBe(status);
    expect(check.message).toContain(words);
    expect(check.message).toContain(virtual.uri);
    if (state === 'paper-out') expect(check.fix).toBe('Lắp cuộn giấy mới, rồi in trang thử.');
  });

  it('doctor: a printer that is not there fails with the reason and the fix; none configured is not checked', async () => {
    const gone = await printerCheck('tcp://127.0.0.1:1');
    expect(gone.status).toBe('failure');
    expect(gone.message).toMatch(/cannot be reached: printer at 127\.0\.0\.1:1: .*ECONNREFUSED/);
    expect(gone.fix).toContain('in trang thử');
    expect((await printerCheck(null)).status).toBe('not-checked');
  });

  it('`kiosk doctor` (the real CLI) fails the printer check when the printer is out of paper', async () => {
    await virtual.start();
    virtual.state = 'paper-out';
    const { db, dbPath } = kioskWithPrinter(virtual.uri);
    db.close();
    const run = await runKioskCliAsync(['doctor', '--db', dbPath, '--json']);
    const printer = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'printer');
    expect(printer).toMatchObject({ status: 'failure', fix: 'Load a new paper roll, then print a test page.' });
    expect(printer.message).toContain('out of paper');
    expect(run.status).toBe(1);
  });

  it('the heartbeat carries the paper state the printer answered (cover open), read by the host at each heartbeat', async () => {
    await virtual.start();
    virtual.state = 'cover-open';
    sim = await startDistrictSim({ dossiers: 5, token: TOKEN, seed: 2 });
    const dir = tempDir();
    const { db, settings } = kioskWithPrinter(virtual.uri, dir);
    connectToDistrict(db, sim.url, 'kiosk-printer');
    settings.set('receiptPrinterPaperDots', 384);
    db.close();
    const t = await openTestHost(dir);
    const session = await t.unlock();
    expect(await t.call('technicianSyncNow', { session })).toMatchObject({ started: true });
    await expect.poll(() => sim!.state.heartbeats().length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect(sim.state.heartbeats()[0]?.printer).toMatchObject({ state: 'cover-open', uri: virtual.uri, paperDots: 384, detail: null });
    virtual.state = 'paper-out';
    // The next run starts once the first has finished (its heartbeat is its last step).
    await expect.poll(async () => (await t.call('technicianSyncNow', { session })).started, { timeout: 60_000 }).toBe(true);
    await expect.poll(() => sim!.state.heartbeats().length, { timeout: 60_000 }).toBeGreaterThan(1);
    expect(sim.state.heartbeats()[1]?.printer).toMatchObject({ state: 'paper-out' });
    await t.close();
  });
});
