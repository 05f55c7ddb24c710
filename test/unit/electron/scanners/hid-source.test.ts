import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HidDeviceInfo } from '../../../../electron/scanners/hid/hid-backend.ts';
import { chooseHidDevice } from '../../../../electron/scanners/hid/hid-device-choice.ts';
import { HidSource } from '../../../../electron/scanners/hid/hid-source.ts';
import type { HidSelector } from '../../../../electron/scanners/hid/hid-device-choice.ts';
import type { Timers } from '../../../../electron/scanners/timers.ts';
import { FakeHidBackend, hex, RecordingListener } from './fakes.ts';

const HONEYWELL = { vendorId: 0x0c2e, productId: 0x0b87, manufacturer: 'Honeywell', product: 'Voyager 1450g' };
const POS: HidDeviceInfo = { ...HONEYWELL, path: '/dev/hidraw3', usagePage: 0x8c, usage: 0x02, interface: 1 };
const SAME_SCANNER_AS_KEYBOARD: HidDeviceInfo = { ...HONEYWELL, path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06, interface: 0 };
const KEYBOARD_SCANNER: HidDeviceInfo = { vendorId: 0x1eab, productId: 0x1d06, path: '/dev/hidraw5', usagePage: 0x01, usage: 0x06, product: 'Newland keyboard' };
const REAL_KEYBOARD: HidDeviceInfo = { vendorId: 0x046d, productId: 0xc31c, path: '/dev/hidraw0', usagePage: 0x01, usage: 0x06 };
const TOUCH_SCREEN: HidDeviceInfo = { vendorId: 0x0eef, productId: 0x0001, path: '/dev/hidraw1', usagePage: 0x0d, usage: 0x04 };

const ANY: HidSelector = { path: null, vendorId: null, productId: null };

function posReport(data: string, aim = ']C0', more = false): Uint8Array {
  const report = new Uint8Array(64);
  report.set([0x02, data.length, ...[...aim].map((c) => c.charCodeAt(0))]);
  report.set([...data].map((c) => c.charCodeAt(0)), 5);
  report[63] = more ? 1 : 0;
  return report;
}

const timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };

describe('choosing the HID device', () => {
  const all = [REAL_KEYBOARD, TOUCH_SCREEN, SAME_SCANNER_AS_KEYBOARD, POS, KEYBOARD_SCANNER];

  it('takes the HID POS collection of a scanner that shows both keyboard and HID POS', () => {
    expect(chooseHidDevice(all, { path: null, vendorId: '0C2E', productId: '0b87' })?.device).toBe(POS);
    expect(chooseHidDevice(all, { path: null, vendorId: '0c2e', productId: null })?.device).toBe(POS);
  });

  it('takes exactly the path it was given', () => {
    expect(chooseHidDevice(all, { path: '/dev/hidraw2', vendorId: null, productId: null })).toEqual({ device: SAME_SCANNER_AS_KEYBOARD, role: 'keyboard' });
    expect(chooseHidDevice(all, { path: '/dev/hidraw9', vendorId: null, productId: null })).toBeNull();
  });

  it('with nothing configured, takes only a device that says it is a barcode scanner, never a keyboard', () => {
    expect(chooseHidDevice(all, ANY)?.device).toBe(POS);
    expect(chooseHidDevice([REAL_KEYBOARD, TOUCH_SCREEN, KEYBOARD_SCANNER], ANY)).toBeNull();
  });
});

describe('the HID source', () => {
  let backend: FakeHidBackend;
  let listener: RecordingListener;
  let source: HidSource | null;

  beforeEach(() => {
    vi.useFakeTimers();
    backend = new FakeHidBackend();
    listener = new RecordingListener();
    source = null;
  });
  afterEach(async () => {
    await source?.stop();
    vi.useRealTimers();
  });

  async function start(selector: HidSelector = ANY, platform: NodeJS.Platform = 'linux'): Promise<HidSource> {
    source = new HidSource({ backend, selector, listener, timers, now: () => new Date(), platform, rescanMs: 1000 });
    source.start();
    await vi.advanceTimersByTimeAsync(0);
    return source;
  }

  it('opens the configured scanner and hands on each scan with its AIM identifier', async () => {
    backend.present = [REAL_KEYBOARD, POS];
    const s = await start({ path: null, vendorId: '0c2e', productId: '0b87' });
    expect(s.snapshot()).toMatchObject({ state: 'connected', device: { path: '/dev/hidraw3', vendorId: '0c2e', productId: '0b87', mode: 'hid-pos' } });
    backend.current.report(posReport('000.00.12.H53-230915-0003'));
    expect(listener.scans).toMatchObject([{ source: 'hid', text: '000.00.12.H53-230915-0003', aim: ']C0', note: null }]);
  });

  it('re-opens the scanner after it is unplugged and plugged in again, and reads the next scan', async () => {
    backend.present = [POS];
    const s = await start();
    backend.unplug(POS.path);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.snapshot().state).toBe('waiting');
    expect(listener.problems.map((p) => p.kind)).toEqual(['disconnected']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(s.snapshot().state).toBe('waiting');
    expect(listener.problems.map((p) => p.kind)).toEqual(['disconnected', 'no-device']);

    backend.present = [{ ...POS, path: '/dev/hidraw4' }];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.snapshot()).toMatchObject({ state: 'connected', device: { path: '/dev/hidraw4' } });
    backend.current.report(posReport('000.00.12.H53-230915-0004'));
    expect(listener.texts).toEqual(['000.00.12.H53-230915-0004']);
    expect(backend.opened[0]!.device.closed).toBe(true);
  });

  it('waits for a scanner that is not there yet', async () => {
    const s = await start({ path: null, vendorId: '0c2e', productId: null });
    expect(s.snapshot().state).toBe('waiting');
    expect(listener.problems).toEqual([{ kind: 'no-device', detail: 'no HID device with id 0c2e:????' }]);
    backend.present = [POS];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(s.snapshot().state).toBe('connected');
  });

  it('says so when the OS keeps the scanner as a keyboard and will not open it', async () => {
    backend.present = [KEYBOARD_SCANNER];
    backend.refuse.set(KEYBOARD_SCANNER.path, 'cannot open device with path /dev/hidraw5');
    const s = await start({ path: null, vendorId: '1eab', productId: '1d06' }, 'darwin');
    expect(s.snapshot().state).toBe('waiting');
    expect(listener.problems.map((p) => p.kind)).toEqual(['held-by-os-keyboard']);
  });

  it('says so when the OS opens the keyboard but refuses to let it be read (Windows)', async () => {
    backend.present = [KEYBOARD_SCANNER];
    const s = await start({ path: null, vendorId: '1eab', productId: null }, 'win32');
    backend.current.fail('could not read from HID device');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.snapshot().state).toBe('waiting');
    expect(listener.problems.map((p) => p.kind)).toEqual(['held-by-os-keyboard']);
  });

  it('reads a keyboard-mode scanner that hidraw lets it open, and warns that the OS still types its keys', async () => {
    backend.present = [KEYBOARD_SCANNER];
    const s = await start({ path: null, vendorId: '1eab', productId: '1d06' }, 'linux');
    expect(s.snapshot()).toMatchObject({ state: 'connected', keyboardAlsoTypes: true, device: { mode: 'keyboard' } });
    for (const r of ['02 00 0b 00 00 00 00 00', '00 00 00 00 00 00 00 00', '00 00 22 00 00 00 00 00', '00 00 00 00 00 00 00 00']) backend.current.report(hex(r));
    expect(listener.scans).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(listener.texts).toEqual(['H5']);
  });

  it('on Linux, takes a keyboard-mode scanner that cannot be opened for a missing permission, not for the OS keeping it', async () => {
    backend.present = [KEYBOARD_SCANNER];
    backend.refuse.set(KEYBOARD_SCANNER.path, 'cannot open device with path /dev/hidraw5: Permission denied');
    await start({ path: null, vendorId: '1eab', productId: null }, 'linux');
    expect(listener.problems.map((p) => p.kind)).toEqual(['permission-denied']);
  });

  it('tells a missing permission apart (the udev rule is not installed)', async () => {
    backend.present = [POS];
    backend.refuse.set(POS.path, 'cannot open device with path /dev/hidraw3: Permission denied');
    await start();
    expect(listener.problems.map((p) => p.kind)).toEqual(['permission-denied']);
  });

  it('recognises a device that does not say what it is by its first report', async () => {
    const vendorSpecific = { ...POS, usagePage: 0xff00, usage: 0x01 };
    backend.present = [vendorSpecific];
    const s = await start({ path: POS.path, vendorId: null, productId: null });
    expect(s.snapshot().device?.mode).toBeNull();
    backend.current.report(posReport('000.00.12.H53-230915-0003'));
    expect(s.snapshot().device?.mode).toBe('hid-pos');
    expect(listener.texts).toEqual(['000.00.12.H53-230915-0003']);
  });

  it('hands on a scan whose continuation never came, marked incomplete', async () => {
    backend.present = [POS];
    await start();
    backend.current.report(posReport('https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.12', ']Q1', true));
    await vi.advanceTimersByTimeAsync(500);
    expect(listener.scans).toMatchObject([{ text: 'https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.12', note: 'incomplete' }]);
    expect(listener.problems.map((p) => p.kind)).toContain('incomplete-scan');
  });

  it('reports garbage reports without stopping', async () => {
    backend.present = [POS];
    await start();
    backend.current.report(hex('02 ff 00'));
    backend.current.report(posReport('000.00.12.H53-230915-0003'));
    expect(listener.ignoredInputs.map((i) => i.reason)).toEqual(['truncated']);
    expect(listener.texts).toEqual(['000.00.12.H53-230915-0003']);
  });

  it('closes the device when stopped and opens nothing afterwards', async () => {
    backend.present = [POS];
    const s = await start();
    await s.stop();
    expect(backend.current.closed).toBe(true);
    expect(s.snapshot().state).toBe('stopped');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(backend.opened.length).toBe(1);
  });
});
