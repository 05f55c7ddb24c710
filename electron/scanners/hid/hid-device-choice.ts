import type { HidDeviceEntry, HidDeviceRole } from '../../../shared/contract/scanner.ts';
import { sameUsbId, usbIdHex } from '../scan-bytes.ts';
import type { HidDeviceInfo } from './hid-backend.ts';

/** HID usage page 0x8C (Bar Code Scanner, HID POS Usage Tables 1.02) and Generic Desktop / Keyboard. */
const BARCODE_SCANNER_PAGE = 0x8c;
const GENERIC_DESKTOP_PAGE = 0x01;
const KEYBOARD_USAGE = 0x06;

export function hidRoleOf(device: Pick<HidDeviceInfo, 'usagePage' | 'usage'>): HidDeviceRole {
  if (device.usagePage === BARCODE_SCANNER_PAGE) return 'hid-pos';
  if (device.usagePage === GENERIC_DESKTOP_PAGE && device.usage === KEYBOARD_USAGE) return 'keyboard';
  return 'other';
}

export interface HidSelector {
  path: string | null;
  vendorId: string | null;
  productId: string | null;
}

export interface HidChoice {
  device: HidDeviceInfo;
  role: HidDeviceRole;
}

const PREFERENCE: Record<HidDeviceRole, number> = { 'hid-pos': 0, keyboard: 1, other: 2 };

/**
 * The device the settings point at. A path names one collection; vendor/product ids may match
 * several (a scanner in "keyboard + HID POS" mode shows both), and the HID POS one wins. With
 * neither, only a device that says it is a barcode scanner is taken: never a mere keyboard.
 */
export function chooseHidDevice(devices: readonly HidDeviceInfo[], selector: HidSelector): HidChoice | null {
  const candidates = devices.filter((d) => {
    if (selector.path !== null && d.path !== selector.path) return false;
    if (selector.vendorId !== null && !sameUsbId(usbIdHex(d.vendorId), selector.vendorId)) return false;
    if (selector.productId !== null && !sameUsbId(usbIdHex(d.productId), selector.productId)) return false;
    return true;
  });
  const unselected = selector.path === null && selector.vendorId === null && selector.productId === null;
  const ranked = candidates
    .map((device) => ({ device, role: hidRoleOf(device) }))
    .filter((c) => !unselected || c.role === 'hid-pos')
    .sort((a, b) => PREFERENCE[a.role] - PREFERENCE[b.role]);
  return ranked[0] ?? null;
}

export function toHidDeviceEntry(device: HidDeviceInfo): HidDeviceEntry {
  return {
    path: device.path.slice(0, 500),
    vendorId: usbIdHex(device.vendorId),
    productId: usbIdHex(device.productId),
    manufacturer: device.manufacturer?.slice(0, 200) || null,
    product: device.product?.slice(0, 200) || null,
    usagePage: device.usagePage ?? null,
    usage: device.usage ?? null,
    interface: device.interface ?? null,
    role: hidRoleOf(device),
  };
}
