import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../../../../shared/contract/kiosk-api.ts';
import { KioskSettings } from '../../../../shared/contract/settings.ts';
import { ReadScannerMonitorOutput, ScannerStatus } from '../../../../shared/contract/scanner.ts';
import { MONITOR_LEASE_MS } from '../../../../electron/scanners/scanner-monitor.ts';
import { ScannerService } from '../../../../electron/scanners/scanner-service.ts';
import type { ScannerSettings } from '../../../../electron/scanners/scanner-settings.ts';
import type { Timers } from '../../../../electron/scanners/timers.ts';
import { FakeHidBackend, FakeSerialBackend } from './fakes.ts';

const CODE = '000.00.12.H53-230915-0003';
const timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };

describe('the scanner service', () => {
  let settings: ScannerSettings;
  let serial: FakeSerialBackend;
  let emitted: ScanEvent[];
  let clock: number;
  let service: ScannerService;

  beforeEach(() => {
    vi.useFakeTimers();
    settings = { ...KioskSettings.parse({}), scannerSource: 'serial', scannerSerialPath: '/dev/ttyACM0', scannerDuplicateWindowMs: 2000 };
    serial = new FakeSerialBackend();
    emitted = [];
    clock = Date.parse('2026-03-02T08:00:00Z');
    service = new ScannerService({
      settings: () => settings,
      emitScan: (scan) => emitted.push(scan),
      hid: new FakeHidBackend(),
      serial,
      now: () => new Date(clock),
      timers,
      platform: 'linux',
    });
  });
  afterEach(async () => {
    await service.stop();
    vi.useRealTimers();
  });

  async function started() {
    service.start();
    await vi.advanceTimersByTimeAsync(0);
    return serial.current;
  }

  it('pushes each scan to the UI with its source and time', async () => {
    const port = await started();
    port.send(`${CODE}\r`);
    expect(emitted).toEqual([{ raw: CODE, source: 'serial', at: '2026-03-02T08:00:00.000Z' }]);
    expect(ScannerStatus.parse(service.status())).toMatchObject({ source: 'serial', state: 'connected', scans: 1, lastScanAt: '2026-03-02T08:00:00.000Z' });
  });

  it('takes the same code twice within the window as one scan, and again after it', async () => {
    const port = await started();
    port.send(`${CODE}\r`);
    clock += 500;
    port.send(`${CODE}\r`);
    clock += 1999;
    port.send(`]C0${CODE}\r`);
    clock += 2000;
    port.send(`${CODE}\r`);
    expect(emitted.length).toBe(2);
    expect(service.status()).toMatchObject({ scans: 2, duplicates: 2 });
  });

  it('knows a receipt’s QR code (a lookup URL) and its barcode as the same code', async () => {
    const port = await started();
    port.send(`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${CODE}\r`);
    port.send(`${CODE}\r`);
    expect(emitted.map((e) => e.raw)).toEqual([`https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${CODE}`]);
  });

  it('does not take different codes, or the same unreadable text after the window, for repeats', async () => {
    const port = await started();
    port.send(`${CODE}\r${CODE.replace('0003', '0004')}\rhello\rhello\r`);
    clock += 2000;
    port.send('hello\r');
    expect(emitted.map((e) => e.raw)).toEqual([CODE, CODE.replace('0003', '0004'), 'hello', 'hello']);
  });

  it('drops a stray suffix (nothing but control characters) instead of showing "unreadable"', async () => {
    const port = await started();
    port.send('\n\r');
    expect(emitted).toEqual([]);
  });

  it('records nothing for the monitor until a technician reads it, and stops when they stop', async () => {
    const port = await started();
    port.send(`${CODE}\r`);
    expect(service.readMonitor(0).entries).toEqual([]);

    clock += 3000;
    port.send(`${CODE}\r`);
    port.send('\u0000\u00ffnoise\r');
    const read = ReadScannerMonitorOutput.parse(service.readMonitor(0));
    expect(read.entries.map((e) => [e.kind, e.text, e.hex, e.parse])).toEqual([
      ['scan', CODE, '30 30 30 2e 30 30 2e 31 32 2e 48 35 33 2d 32 33 30 39 31 35 2d 30 30 30 33', { ok: true, code: CODE }],
      ['scan', '\u0000\u00ffnoise', '00 ff 6e 6f 69 73 65', { ok: false, reason: 'no-code' }],
    ]);
    port.send(`${CODE}\r`);
    const next = service.readMonitor(read.next);
    expect(next.entries.map((e) => e.kind)).toEqual(['duplicate']);

    clock += MONITOR_LEASE_MS;
    port.send(`${CODE.replace('0003', '0009')}\r`);
    expect(service.readMonitor(0).entries).toEqual([]);
  });

  it('keeps the last error with its kind, and clears it on restart with the new settings', async () => {
    serial.missing.add('/dev/ttyACM0');
    service.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(service.status()).toMatchObject({ state: 'waiting', lastError: { kind: 'no-device', at: '2026-03-02T08:00:00.000Z' } });
    settings = { ...settings, scannerSerialPath: '/dev/ttyUSB0', scannerSerialBaudRate: 115200, scannerSerialFraming: 'crlf' };
    const status = await service.restart();
    await vi.advanceTimersByTimeAsync(0);
    expect(status.lastError).toBeNull();
    expect(service.status()).toMatchObject({ state: 'connected', device: { path: '/dev/ttyUSB0', serial: { baudRate: 115200, framing: 'crlf' } } });
    expect(serial.current.options).toEqual({ path: '/dev/ttyUSB0', baudRate: 115200, dataBits: 8, parity: 'none', stopBits: 1 });
  });

  it('opens nothing when the source is the keyboard wedge', async () => {
    settings = { ...settings, scannerSource: 'wedge' };
    service.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(serial.opened).toEqual([]);
    expect(service.status()).toMatchObject({ source: 'wedge', state: 'wedge', device: null });
  });

  it('gives the heartbeat its state and ids, never what was scanned', async () => {
    const port = await started();
    port.send(`${CODE}\r`);
    const health = JSON.stringify(service.health());
    expect(health).not.toContain('H53');
    expect(service.health()).toMatchObject({ source: 'serial', state: 'connected', lastError: null });
  });
});
