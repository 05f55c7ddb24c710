import type * as NodeHidModule from 'node-hid';
import { requirePackage } from '../require-package.ts';
import type { HidBackend, HidConnection, HidDeviceInfo } from './hid-backend.ts';

type NodeHid = typeof NodeHidModule;

let loaded: Promise<NodeHid> | null = null;
const nodeHid = (): Promise<NodeHid> => (loaded ??= Promise.resolve().then(() => requirePackage('node-hid') as NodeHid));

/** HID through node-hid (hidraw on Linux). The addon loads on first use, never for wedge-only kiosks. */
export function createNodeHidBackend(): HidBackend {
  return {
    async devices(): Promise<HidDeviceInfo[]> {
      const hid = await nodeHid();
      return (await hid.devicesAsync()).flatMap((d) =>
        d.path
          ? [{
              path: d.path,
              vendorId: d.vendorId,
              productId: d.productId,
              manufacturer: d.manufacturer,
              product: d.product,
              usagePage: d.usagePage,
              usage: d.usage,
              interface: d.interface,
            }]
          : [],
      );
    },
    async open(path: string): Promise<HidConnection> {
      const hid = await nodeHid();
      const device = await hid.HIDAsync.open(path);
      return {
        onReport: (listener) => device.on('data', (data: Buffer) => listener(new Uint8Array(data))),
        onError: (listener) => device.on('error', (error: unknown) => listener(error instanceof Error ? error : new Error(String(error)))),
        close: () => device.close(),
      };
    },
  };
}
