import type { ScannerDeviceList, SerialPortEntry } from '../../shared/contract/scanner.ts';
import { errorMessage } from './open-error.ts';
import type { HidBackend } from './hid/hid-backend.ts';
import { toHidDeviceEntry } from './hid/hid-device-choice.ts';
import type { SerialBackend, SerialPortInfo } from './serial/serial-backend.ts';

const MAX_LISTED = 500;

function toSerialPortEntry(port: SerialPortInfo): SerialPortEntry {
  const id = (value: string | undefined) => (value && /^[0-9a-f]{4}$/i.test(value) ? value.toLowerCase() : null);
  return {
    path: port.path.slice(0, 500),
    vendorId: id(port.vendorId),
    productId: id(port.productId),
    manufacturer: port.manufacturer?.slice(0, 200) || null,
  };
}

/** Every HID device and serial port the OS shows, with the ids a technician configures. */
export async function listScannerDevices(hid: HidBackend, serial: SerialBackend): Promise<ScannerDeviceList> {
  const [hidResult, serialResult] = await Promise.allSettled([hid.devices(), serial.list()]);
  return {
    hid: hidResult.status === 'fulfilled' ? hidResult.value.slice(0, MAX_LISTED).map(toHidDeviceEntry) : [],
    serial: serialResult.status === 'fulfilled' ? serialResult.value.slice(0, MAX_LISTED).map(toSerialPortEntry) : [],
    hidError: hidResult.status === 'rejected' ? errorMessage(hidResult.reason) : null,
    serialError: serialResult.status === 'rejected' ? errorMessage(serialResult.reason) : null,
  };
}
