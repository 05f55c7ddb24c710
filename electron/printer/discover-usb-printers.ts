import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface UsbPrinter {
  uri: string;
  vendorId: string;
  productId: string;
  name: string | null;
  /** The kernel's printer device (usblp), e.g. /dev/usb/lp0; null when no driver holds the interface. */
  devicePath: string | null;
}

export interface SysfsRoots {
  sys: string;
  dev: string;
}

const read = (path: string) => readFile(path, 'utf8').then((text) => text.trim(), () => null);
const list = (path: string) => readdir(path).catch(() => [] as string[]);

/** USB printer-class interfaces (bInterfaceClass 07) from sysfs, with the usblp device when there is one. */
export async function discoverUsbPrinters(roots: SysfsRoots = { sys: '/sys', dev: '/dev' }): Promise<UsbPrinter[]> {
  const devices = join(roots.sys, 'bus/usb/devices');
  const found: UsbPrinter[] = [];
  for (const entry of (await list(devices)).sort()) {
    if (!entry.includes(':')) continue;
    const iface = join(devices, entry);
    if ((await read(join(iface, 'bInterfaceClass'))) !== '07') continue;
    const parent = join(devices, entry.slice(0, entry.indexOf(':')));
    const vendorId = (await read(join(parent, 'idVendor')))?.toLowerCase();
    const productId = (await read(join(parent, 'idProduct')))?.toLowerCase();
    if (!vendorId || !productId) continue;
    const name = [await read(join(parent, 'manufacturer')), await read(join(parent, 'product'))].filter(Boolean).join(' ') || null;
    const lp = (await list(join(iface, 'usbmisc'))).find((node) => /^lp\d+$/.test(node));
    found.push({ uri: `usb:${vendorId}:${productId}`, vendorId, productId, name, devicePath: lp ? join(roots.dev, 'usb', lp) : null });
  }
  return found;
}
