import { listScannerDevices } from './list-scanner-devices.ts';
import { createNodeHidBackend } from './hid/node-hid-backend.ts';
import { createSerialportBackend } from './serial/serialport-backend.ts';

/**
 * Devices that can be the kiosk's scanner, for `kiosk doctor`: HID POS interfaces and USB
 * serial ports (a motherboard's own COM ports without a USB id are not counted).
 */
export async function countScannersPresent(): Promise<number> {
  const devices = await listScannerDevices(createNodeHidBackend(), createSerialportBackend());
  return devices.hid.filter((d) => d.role === 'hid-pos').length + devices.serial.filter((p) => p.vendorId !== null).length;
}
