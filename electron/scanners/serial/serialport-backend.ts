import type * as SerialPortPackage from 'serialport';
import { requirePackage } from '../require-package.ts';
import type { SerialBackend, SerialConnection, SerialOpenOptions, SerialPortInfo } from './serial-backend.ts';
import { listSysfsSerialPorts, SYSTEM_ROOTS } from './sysfs-serial-ports.ts';
import type { SysfsRoots } from './sysfs-serial-ports.ts';

type SerialPortModule = typeof SerialPortPackage;

let loaded: Promise<SerialPortModule> | null = null;
const serialport = (): Promise<SerialPortModule> => (loaded ??= Promise.resolve().then(() => requirePackage('serialport') as SerialPortModule));

async function listThroughSerialport(): Promise<SerialPortInfo[]> {
  const { SerialPort } = await serialport();
  return (await SerialPort.list()).map((p) => ({
    path: p.path,
    vendorId: p.vendorId,
    productId: p.productId,
    manufacturer: p.manufacturer,
    serialNumber: p.serialNumber,
    pnpId: p.pnpId,
  }));
}

export interface SerialportBackendOptions {
  /** Where Linux's sysfs and /dev are, for the listing without udev; the system's by default. */
  sysfsRoots?: SysfsRoots;
}

/**
 * Serial ports through the serialport package. The addon loads on first use. On Linux,
 * serialport lists ports through `udevadm`, which a machine without udev lacks (and which
 * lists nothing where udev's database is empty, as in a container): the ports are then read
 * from sysfs as a technician would.
 */
export function createSerialportBackend(options: SerialportBackendOptions = {}): SerialBackend {
  const { sysfsRoots = SYSTEM_ROOTS } = options;
  return {
    async list(): Promise<SerialPortInfo[]> {
      if (process.platform !== 'linux') return listThroughSerialport();
      const throughUdev = await listThroughSerialport().catch(() => []);
      return throughUdev.length > 0 ? throughUdev : listSysfsSerialPorts(sysfsRoots);
    },

    async open(options: SerialOpenOptions): Promise<SerialConnection> {
      const { SerialPort } = await serialport();
      const port = new SerialPort({ ...options, autoOpen: false });
      await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
      let closing = false;
      return {
        onData: (listener) => port.on('data', (chunk: Buffer) => listener(new Uint8Array(chunk))),
        onClose: (listener) => {
          let told = false;
          const tell = (error: Error | null) => {
            if (closing || told) return;
            told = true;
            listener(error);
          };
          port.on('close', (error: Error | null) => tell(error ?? null));
          // A read failing as the device goes usually comes with 'close'; alone, it ends the port too.
          port.on('error', (error: Error) => tell(error));
        },
        close: () =>
          new Promise<void>((resolve) => {
            closing = true;
            if (!port.isOpen) return resolve();
            port.close(() => resolve());
          }),
      };
    },
  };
}
