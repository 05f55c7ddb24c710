import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScannerDeviceList } from '../../../../shared/contract/scanner.ts';
import { createSerialportBackend } from '../../../../electron/scanners/serial/serialport-backend.ts';
import { listSysfsSerialPorts } from '../../../../electron/scanners/serial/sysfs-serial-ports.ts';
import type { SysfsRoots } from '../../../../electron/scanners/serial/sysfs-serial-ports.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const KIOSK_BIN = path.join(import.meta.dirname, '..', '..', '..', '..', 'bin', 'kiosk.mjs');
const USB_HOST = 'devices/pci0000:00/0000:00:14.0/usb1';

/** A directory tree laid out as Linux's sysfs and /dev are: real files and real symlinks. */
class FakeSysfs {
  readonly roots: SysfsRoots;

  constructor(base: string) {
    this.roots = { sys: path.join(base, 'sys'), dev: path.join(base, 'dev') };
    fs.mkdirSync(path.join(this.roots.sys, 'class', 'tty'), { recursive: true });
    fs.mkdirSync(path.join(this.roots.dev, 'serial', 'by-id'), { recursive: true });
  }

  private write(dir: string, attributes: Record<string, string>): void {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, value] of Object.entries(attributes)) fs.writeFileSync(path.join(dir, name), `${value}\n`);
  }

  private link(target: string, at: string): void {
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(at), target), at);
  }

  private driver(deviceDir: string, bus: string, name: string): void {
    const driverDir = path.join(this.roots.sys, 'bus', bus, 'drivers', name);
    fs.mkdirSync(driverDir, { recursive: true });
    this.link(driverDir, path.join(deviceDir, 'driver'));
  }

  /** A tty under `deviceDir`, linked from /sys/class/tty as the kernel does. */
  private tty(name: string, deviceDir: string, ttyParent: string, attributes: Record<string, string> = {}): void {
    const ttyDir = path.join(ttyParent, 'tty', name);
    this.write(ttyDir, { dev: '188:0', ...attributes });
    this.link(deviceDir, path.join(ttyDir, 'device'));
    this.link(ttyDir, path.join(this.roots.sys, 'class', 'tty', name));
  }

  private usbDevice(port: string, ids: Record<string, string>): string {
    const dir = path.join(this.roots.sys, USB_HOST, port);
    this.write(dir, ids);
    return dir;
  }

  /** A USB-to-serial adapter (pl2303, ftdi_sio…): usb device → interface → ttyUSBn → tty. */
  usbSerial(name: string, port: string, ids: Record<string, string>, driver = 'pl2303'): void {
    const usb = this.usbDevice(port, ids);
    const serialPort = path.join(usb, `${port}:1.0`, name);
    fs.mkdirSync(serialPort, { recursive: true });
    this.driver(serialPort, 'usb-serial', driver);
    this.tty(name, serialPort, serialPort);
  }

  /** A USB-CDC scanner: usb device → interface (cdc_acm) → tty/ttyACMn. */
  usbCdc(name: string, port: string, ids: Record<string, string>): void {
    const usb = this.usbDevice(port, ids);
    const usbInterface = path.join(usb, `${port}:1.0`);
    fs.mkdirSync(usbInterface, { recursive: true });
    this.driver(usbInterface, 'usb', 'cdc_acm');
    this.tty(name, usbInterface, usbInterface);
  }

  /** An on-board 8250 UART slot; `type` 0 means no chip behind it. */
  uart(name: string, type: string): void {
    const device = path.join(this.roots.sys, 'devices', 'pnp0', '00:00', `00:00:0.${name.slice(4)}`);
    fs.mkdirSync(device, { recursive: true });
    this.driver(device, 'serial-base', 'port');
    this.tty(name, device, device, { type });
  }

  /** A virtual console or pseudo-terminal: a tty with no device. */
  virtual(name: string): void {
    const ttyDir = path.join(this.roots.sys, 'devices', 'virtual', 'tty', name);
    this.write(ttyDir, { dev: '4:0' });
    this.link(ttyDir, path.join(this.roots.sys, 'class', 'tty', name));
  }

  /** A tty whose device exists but has no driver bound (a port being removed). */
  withoutDriver(name: string): void {
    const device = path.join(this.roots.sys, USB_HOST, '1-9', '1-9:1.0');
    fs.mkdirSync(device, { recursive: true });
    this.tty(name, device, device);
  }

  /** The /dev node and the /dev/serial/by-id link udev makes for it. */
  byId(link: string, tty: string): void {
    fs.writeFileSync(path.join(this.roots.dev, tty), '');
    this.link(path.join(this.roots.dev, tty), path.join(this.roots.dev, 'serial', 'by-id', link));
  }
}

describe('serial ports read from sysfs and /dev/serial/by-id (no udevadm)', () => {
  const tempDir = useTempDir('kiosk-sysfs-');

  it('finds USB serial, USB-CDC and on-board ports with their USB ids, and skips ttys that are no port', async () => {
    const sysfs = new FakeSysfs(tempDir());
    sysfs.usbSerial('ttyUSB0', '1-2', { idVendor: '067b', idProduct: '2303', manufacturer: 'Prolific Technology Inc.', serial: 'PL2303-A1' });
    sysfs.usbCdc('ttyACM0', '1-3', { idVendor: '0c2e', idProduct: '0b61', manufacturer: 'Honeywell Imaging & Mobility', serial: '21012B4F31' });
    sysfs.usbCdc('ttyACM10', '1-4', { idVendor: '05e0', idProduct: '1701' });
    sysfs.uart('ttyS0', '4');
    sysfs.uart('ttyS1', '0');
    sysfs.virtual('tty0');
    sysfs.virtual('ttyS9');
    sysfs.withoutDriver('ttyACM5');
    sysfs.byId('usb-Honeywell_Imaging___Mobility_1900_21012B4F31-if00', 'ttyACM0');

    const ports = await listSysfsSerialPorts(sysfs.roots);

    const dev = (name: string) => path.join(sysfs.roots.dev, name);
    expect(ports).toEqual([
      {
        path: dev('ttyACM0'),
        vendorId: '0c2e',
        productId: '0b61',
        manufacturer: 'Honeywell Imaging & Mobility',
        serialNumber: '21012B4F31',
        pnpId: 'usb-Honeywell_Imaging___Mobility_1900_21012B4F31-if00',
      },
      { path: dev('ttyACM10'), vendorId: '05e0', productId: '1701', manufacturer: undefined, serialNumber: undefined, pnpId: undefined },
      { path: dev('ttyS0'), pnpId: undefined },
      { path: dev('ttyUSB0'), vendorId: '067b', productId: '2303', manufacturer: 'Prolific Technology Inc.', serialNumber: 'PL2303-A1', pnpId: undefined },
    ]);
  });

  it('lists a port known only by its /dev/serial/by-id link, and ignores a link left dangling', async () => {
    const sysfs = new FakeSysfs(tempDir());
    sysfs.byId('usb-Zebra_Symbol_Bar_Code_Scanner_S_N:0123-if00', 'ttyACM3');
    fs.symlinkSync('../../ttyACM7', path.join(sysfs.roots.dev, 'serial', 'by-id', 'usb-Gone_Scanner-if00'));

    expect(await listSysfsSerialPorts(sysfs.roots)).toEqual([{ path: path.join(sysfs.roots.dev, 'ttyACM3'), pnpId: 'usb-Zebra_Symbol_Bar_Code_Scanner_S_N:0123-if00' }]);
  });

  it('finds nothing, and throws nothing, where there is no sysfs at all', async () => {
    const base = tempDir();
    expect(await listSysfsSerialPorts({ sys: path.join(base, 'no-sys'), dev: path.join(base, 'no-dev') })).toEqual([]);
  });
});

describe('the serialport backend on a machine without udevadm', () => {
  const tempDir = useTempDir('kiosk-no-udevadm-');
  const realPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = realPath;
  });

  it('lists the ports from sysfs instead of failing with "spawn udevadm ENOENT"', async () => {
    const sysfs = new FakeSysfs(tempDir());
    sysfs.usbCdc('ttyACM0', '1-3', { idVendor: '0c2e', idProduct: '0b61' });
    // serialport spawns `udevadm` through PATH: an empty folder is a machine without udev.
    process.env.PATH = tempDir();

    const ports = await createSerialportBackend({ sysfsRoots: sysfs.roots }).list();

    expect(ports).toEqual([expect.objectContaining({ path: path.join(sysfs.roots.dev, 'ttyACM0'), vendorId: '0c2e', productId: '0b61' })]);
  });

  it('lists the ports from sysfs when udevadm runs but its database is empty, as in a container', async () => {
    const sysfs = new FakeSysfs(tempDir());
    sysfs.usbSerial('ttyUSB1', '1-5', { idVendor: '0403', idProduct: '6001' }, 'ftdi_sio');
    const bin = tempDir();
    fs.writeFileSync(path.join(bin, 'udevadm'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    process.env.PATH = bin;

    const ports = await createSerialportBackend({ sysfsRoots: sysfs.roots }).list();

    expect(ports).toEqual([expect.objectContaining({ path: path.join(sysfs.roots.dev, 'ttyUSB1'), vendorId: '0403', productId: '6001' })]);
  });
});

describe('`kiosk scanners` on a machine without udevadm', () => {
  const tempDir = useTempDir('kiosk-no-udevadm-cli-');

  it('shows the ports sysfs has, and no serial error', async () => {
    const run = spawnSync(process.execPath, [KIOSK_BIN, 'scanners'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: tempDir(), KIOSK_LOG: 'silent' },
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const list = ScannerDeviceList.parse(JSON.parse(run.stdout));
    expect(list.serialError).toBeNull();
    expect(list.serial.map((p) => p.path)).toEqual((await listSysfsSerialPorts()).map((p) => p.path));
  }, 90_000);
});
