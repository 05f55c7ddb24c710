import type { HostSourceFactory } from '../host-source-context.ts';
import { SerialSource } from './serial-source.ts';

export const createSerialSource: HostSourceFactory = ({ settings, listener, timers, now, serial }) =>
  new SerialSource({
    backend: serial,
    selector: { path: settings.scannerSerialPath, vendorId: settings.scannerSerialVendorId, productId: settings.scannerSerialProductId },
    port: {
      baudRate: settings.scannerSerialBaudRate,
      dataBits: settings.scannerSerialDataBits,
      parity: settings.scannerSerialParity,
      stopBits: settings.scannerSerialStopBits,
    },
    framing: settings.scannerSerialFraming,
    timeoutMs: settings.scannerSerialTimeoutMs,
    listener,
    timers,
    now,
  });
