import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import type { KioskEvent } from '../../../../shared/contract/index.ts';
import { LookupResult, ReadScannerMonitorOutput, ScannerDeviceList, ScannerStatus } from '../../../../shared/contract/index.ts';
import { eventually, VirtualSerialCable } from '../../../support/socat.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { issueSetupCode } from '../technician/technician-harness.ts';

const DEMO_CODE = '000.00.12.H53-261120-0009';

describe('the kiosk host with a serial scanner', () => {
  const tempDir = useTempDir('kiosk-scanner-host-');
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function hostWithSerialScanner(settings: Record<string, unknown> = {}) {
    const dir = tempDir();
    const cable = new VirtualSerialCable(dir);
    await cable.plugIn();
    cleanups.push(() => cable.unplug());
    const dbPath = path.join(dir, 'kiosk.db');
    const db = openDatabase(dbPath);
    const store = new SettingsStore(db);
    for (const [key, value] of Object.entries({ scannerSource: 'serial', scannerSerialPath: cable.kioskPath, ...settings })) store.set(key, value);
    db.close();
    const host = await createKioskHost({ dbPath, demoWhenEmpty: true });
    cleanups.push(() => host.close());
    const events: KioskEvent[] = [];
    host.subscribe((event) => events.push(event));
    const status = async () => ScannerStatus.parse(result(await host.call('getScannerStatus', {})));
    return { cable, host, events, status, dbPath };
  }

  function result(response: Awaited<ReturnType<KioskHost['call']>>): unknown {
    if (!response.ok) throw new Error(response.error.message);
    return response.result;
  }

  it('pushes a scan from the serial port to the UI once, and the lookup finds the dossier', async () => {
    const { cable, host, events, status } = await hostWithSerialScanner();
    await eventually(() => status().then((s) => s.state === 'connected'), { what: 'connected' });
    await cable.send(`${DEMO_CODE}\r${DEMO_CODE}\r`);
    await eventually(() => events.some((e) => e.type === 'scan'), { what: 'the scan event' });
    await cable.send(`${DEMO_CODE.replace('0009', '0010')}\r`);
    await eventually(() => events.filter((e) => e.type === 'scan').length === 2, { what: 'the second scan event' });
    const scans = events.filter((e) => e.type === 'scan').map((e) => e.payload);
    expect(scans.map((s) => [s.raw, s.source])).toEqual([
      [DEMO_CODE, 'serial'],
      [DEMO_CODE.replace('0009', '0010'), 'serial'],
    ]);
    const lookup = LookupResult.parse(result(await host.call('lookupDossier', { raw: scans[0]!.raw, source: 'serial' })));
    expect(lookup.kind).toBe('found');
    expect(await status()).toMatchObject({ source: 'serial', state: 'connected', scans: 2, duplicates: 1 });
  });

  it('serves the technician’s calls: devices, status, the live monitor, restart', async () => {
    const { cable, host, status, dbPath } = await hostWithSerialScanner({ scannerSerialBaudRate: 115200 });
    await eventually(() => status().then((s) => s.state === 'connected'), { what: 'connected' });
    expect((await status()).device).toMatchObject({ path: cable.kioskPath, mode: 'serial', serial: { baudRate: 115200, framing: 'cr' } });

    const devices = ScannerDeviceList.parse(result(await host.call('listScanners', {})));
    expect(devices.hidError).toBeNull();
    expect(Array.isArray(devices.serial)).toBe(true);

    // The monitor shows citizens' codes and a restart cuts the scanner off: both are technicians' only.
    const stranger = 'A'.repeat(43);
    expect(await host.call('readScannerMonitor', { session: stranger, after: 0 })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await host.call('restartScanner', { session: stranger })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const setupCode = await issueSetupCode(dbPath);
    const unlocked = result(await host.call('technicianSetFirstPin', { pin: '480357', setupCode })) as { result: string; session: string };
    expect(unlocked.result).toBe('unlocked');
    const { session } = unlocked;

    const first = ReadScannerMonitorOutput.parse(result(await host.call('readScannerMonitor', { session, after: 0 })));
    expect(first.entries).toEqual([]);
    await cable.send(`]Q1${DEMO_CODE}\r`);
    const entries = await eventually(
      async () => {
        const read = ReadScannerMonitorOutput.parse(result(await host.call('readScannerMonitor', { session, after: first.next })));
        return read.entries.length > 0 ? read.entries : null;
      },
      { what: 'a monitor entry' },
    );
    expect(entries[0]).toMatchObject({ kind: 'scan', source: 'serial', text: `]Q1${DEMO_CODE}`, parse: { ok: true, code: DEMO_CODE } });
    expect(entries[0]!.hex.startsWith('5d 51 31 30 30 30')).toBe(true);

    const restarted = ScannerStatus.parse(result(await host.call('restartScanner', { session })));
    expect(restarted.source).toBe('serial');
    await eventually(() => status().then((s) => s.state === 'connected'), { what: 'reconnected after restart' });
    expect((await host.call('readScannerMonitor', { session, after: -1 })).ok).toBe(false);
    expect(result(await host.call('technicianLock', { session }))).toEqual({ closed: true });
    expect(await host.call('readScannerMonitor', { session, after: 0 })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
