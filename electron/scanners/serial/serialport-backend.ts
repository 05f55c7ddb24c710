import type * as SerialPortPackage from 'serialport';
import type { SerialBackend, SerialConnection, SerialOpenOptions, SerialPortInfo } from './serial-backend.ts';

type SerialPortModule = typeof SerialPortPackage;

let loaded: Promise<SerialPortModule> | null = null;
const serialport = (): Promise<SerialPortModule> => (loaded ??= import('serialport'));

/** Serial ports through the serialport package. The addon loads on first use. */
export function createSerialportBackend(): SerialBackend {
  return {
    async list(): Promise<SerialPortInfo[]> {
      const { SerialPort } = await serialport();
      return (await SerialPort.list()).map((p) => ({
        path: p.path,
        vendorId: p.vendorId,
        productId: p.productId,
        manufacturer: p.manufacturer,
      }));
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
