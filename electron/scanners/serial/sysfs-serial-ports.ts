import fs from 'node:fs/promises';
import path from 'node:path';
import type { SerialPortInfo } from './serial-backend.ts';

/** Where the kernel's device tree and the device nodes are; a test lays out its own. */
export interface SysfsRoots {
  sys: string;
  dev: string;
}

export const SYSTEM_ROOTS: SysfsRoots = { sys: '/sys', dev: '/dev' };

/** The kernel names of serial ports a scanner can be on (USB serial, USB-CDC, on-board and PCI UARTs). */
const SERIAL_TTY = /^tty(USB|ACM|S|AMA|XRUSB|WCH|MFD)\d+$/;
/** The `type` of an 8250 UART slot with no chip behind it (PORT_UNKNOWN). */
const NO_UART = '0';
const MAX_PORTS = 500;
/** Directories walked up from a tty to find its USB device (interface, device, hub, root). */
const MAX_USB_DEPTH = 6;

async function readAttribute(dir: string, name: string): Promise<string | undefined> {
  try {
    const value = (await fs.readFile(path.join(dir, name), 'utf8')).trim();
    return value === '' ? undefined : value.slice(0, 200);
  } catch {
    return undefined;
  }
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);

/** The USB device a tty hangs off: the nearest directory above it with an `idVendor`. */
async function usbDeviceOf(deviceDir: string, sysRoot: string): Promise<string | null> {
  let dir = deviceDir;
  for (let depth = 0; depth < MAX_USB_DEPTH && dir.startsWith(sysRoot + path.sep); depth++) {
    if (await exists(path.join(dir, 'idVendor'))) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * A tty that is a real port: it has a device with a driver bound to it (virtual consoles and
 * pseudo-terminals have none), and an 8250 slot has a UART in it.
 */
async function serialPortFromTty(name: string, roots: SysfsRoots, sysRoot: string): Promise<SerialPortInfo | null> {
  const ttyDir = path.join(roots.sys, 'class', 'tty', name);
  let deviceDir: string;
  try {
    deviceDir = await fs.realpath(path.join(ttyDir, 'device'));
  } catch {
    return null;
  }
  if (!(await exists(path.join(deviceDir, 'driver')))) return null;
  if (name.startsWith('ttyS') && (await readAttribute(ttyDir, 'type')) === NO_UART) return null;

  const port: SerialPortInfo = { path: path.join(roots.dev, name) };
  const usb = await usbDeviceOf(deviceDir, sysRoot);
  if (usb) {
    port.vendorId = await readAttribute(usb, 'idVendor');
    port.productId = await readAttribute(usb, 'idProduct');
    port.manufacturer = await readAttribute(usb, 'manufacturer');
    port.serialNumber = await readAttribute(usb, 'serial');
  }
  return port;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}

/** `/dev/serial/by-id` names, by the tty each points to (udev makes them where it runs). */
async function byIdLinks(roots: SysfsRoots): Promise<Map<string, string>> {
  const dir = path.join(roots.dev, 'serial', 'by-id');
  const links = new Map<string, string>();
  for (const link of (await listDir(dir)).sort()) {
    try {
      const target = path.basename(await fs.realpath(path.join(dir, link)));
      if (SERIAL_TTY.test(target) && !links.has(target)) links.set(target, link);
    } catch {
      // A link left behind by an unplugged device.
    }
  }
  return links;
}

const byNaturalName = (a: SerialPortInfo, b: SerialPortInfo) => a.path.localeCompare(b.path, 'en', { numeric: true });

/**
 * The serial ports as a technician finds them without udev: `/sys/class/tty` for the ports and
 * their USB ids, `/dev/serial/by-id` for the ports whose sysfs entry cannot be read.
 */
export async function listSysfsSerialPorts(roots: SysfsRoots = SYSTEM_ROOTS): Promise<SerialPortInfo[]> {
  const sysRoot = await fs.realpath(roots.sys).catch(() => roots.sys);
  const names = (await listDir(path.join(roots.sys, 'class', 'tty'))).filter((name) => SERIAL_TTY.test(name)).slice(0, MAX_PORTS);
  const found = (await Promise.all(names.map((name) => serialPortFromTty(name, roots, sysRoot)))).filter((p) => p !== null);

  const links = await byIdLinks(roots);
  const known = new Set(found.map((p) => path.basename(p.path)));
  for (const [tty, link] of links) {
    if (!known.has(tty)) found.push({ path: path.join(roots.dev, tty), pnpId: link });
  }
  for (const port of found) port.pnpId ??= links.get(path.basename(port.path));
  return found.sort(byNaturalName).slice(0, MAX_PORTS);
}
