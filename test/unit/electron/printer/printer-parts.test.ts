import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverUsbPrinters } from '../../../../electron/printer/discover-usb-printers.ts';
import { ditherToMono } from '../../../../electron/printer/mono-bitmap.ts';
import { readOfflineStatus, readPaperSensor } from '../../../../electron/printer/printer-status.ts';
import { parsePrinterUri, PrinterUriError } from '../../../../shared/contract/printer-address.ts';
import { wrapText } from '../../../../electron/printer/slip-svg.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { DOSSIER, SAMPLE_SLIPS } from './sample-slips.ts';

describe('printer addresses', () => {
  it.each([
    ['tcp://10.0.0.9', { kind: 'tcp', host: '10.0.0.9', port: 9100 }],
    ['tcp://printer.local:9101', { kind: 'tcp', host: 'printer.local', port: 9101 }],
    ['serial:/dev/ttyUSB0?baud=19200', { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 }],
    ['serial:COM3', { kind: 'serial', path: 'COM3', baudRate: 9600 }],
    ['usb:04B8:0E15', { kind: 'usb', vendorId: '04b8', productId: '0e15' }],
    ['/dev/usb/lp0', { kind: 'device', path: '/dev/usb/lp0' }],
  ])('reads %s', (uri, address) => expect(parsePrinterUri(uri)).toEqual(address));

  it.each(['tcp://host:70000', 'serial:/dev/ttyS0?baud=fast', 'usb:4b8:e15', 'printer', 'http://10.0.0.9'])('refuses %s and says what it expects', (uri) => {
    expect(() => parsePrinterUri(uri)).toThrow(PrinterUriError);
  });
});

describe('real-time status bytes (DLE EOT)', () => {
  it('reads cover open and paper end from the offline cause, paper end from the roll sensor', () => {
    expect(readOfflineStatus(0x12)).toBe('ok');
    expect(readOfflineStatus(0x16)).toBe('cover-open');
    expect(readOfflineStatus(0x32)).toBe('paper-out');
    expect(readPaperSensor(0x72)).toBe('paper-out');
    expect(readPaperSensor(0x1e)).toBe('ok');
    expect(readOfflineStatus(0xff)).toBe('unknown');
  });
});

describe('USB printer discovery from sysfs', () => {
  const tempDir = useTempDir();

  it('finds printer-class interfaces with their usblp device, and ignores other classes', async () => {
    const root = tempDir();
    const devices = path.join(root, 'sys/bus/usb/devices');
    const device = (name: string, files: Record<string, string>) => {
      mkdirSync(path.join(devices, name), { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(path.join(devices, name, file), `${text}\n`);
    };
    device('1-2', { idVendor: '0416', idProduct: '5011', manufacturer: 'Winbond', product: 'POS58 Printer' });
    device('1-2:1.0', { bInterfaceClass: '07' });
    mkdirSync(path.join(devices, '1-2:1.0/usbmisc/lp0'), { recursive: true });
    device('1-3', { idVendor: '05e0', idProduct: '1200' });
    device('1-3:1.0', { bInterfaceClass: '03' });
    device('1-4', { idVendor: '0fe6', idProduct: '811e' });
    device('1-4:1.0', { bInterfaceClass: '07' });
    expect(await discoverUsbPrinters({ sys: path.join(root, 'sys'), dev: '/dev' })).toEqual([
      { uri: 'usb:0416:5011', vendorId: '0416', productId: '5011', name: 'Winbond POS58 Printer', devicePath: '/dev/usb/lp0' },
      { uri: 'usb:0fe6:811e', vendorId: '0fe6', productId: '811e', name: null, devicePath: null },
    ]);
  });
});

describe('slip layout', () => {
  it('wraps at spaces and cuts a word longer than a line', () => {
    expect(wrapText('Giấy tờ phải nộp  gồm', 10)).toEqual(['Giấy tờ', 'phải nộp', 'gồm']);
    expect(wrapText('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('never prints the applicant name, not even masked', () => {
    expect(JSON.stringify(SAMPLE_SLIPS.dossier)).not.toContain(DOSSIER.applicantMasked!);
  });

  it('dithers grey to a 50 % pattern and keeps black and white solid', () => {
    const grey = new Uint8Array(16 * 4 * 4).fill(128);
    const bitmap = ditherToMono(grey.map((v, i) => (i % 4 === 3 ? 255 : v)), 16, 4);
    const black = [...bitmap.bits].reduce((n, byte) => n + byte.toString(2).replace(/0/g, '').length, 0);
    expect(black).toBeGreaterThan(24);
    expect(black).toBeLessThan(40);
    expect(ditherToMono(new Uint8Array(8 * 4).fill(255), 8, 1).bits).toEqual(Uint8Array.of(0));
  });
});
