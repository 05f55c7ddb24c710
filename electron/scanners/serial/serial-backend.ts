import type { SerialParity } from '../../../shared/contract/scanner.ts';

export interface SerialPortInfo {
  path: string;
  /** Four hex digits, as the OS reports them for USB serial devices; absent for others. */
  vendorId?: string;
  productId?: string;
  manufacturer?: string;
  /** The USB device's serial number, which tells two scanners of one model apart. */
  serialNumber?: string;
  /** The port's stable name under /dev/serial/by-id, where udev made one. */
  pnpId?: string;
}

export interface SerialOpenOptions {
  path: string;
  baudRate: number;
  dataBits: 5 | 6 | 7 | 8;
  parity: SerialParity;
  stopBits: 1 | 2;
}

/** An open port: bytes until it closes (an unplugged USB-CDC scanner closes it). */
export interface SerialConnection {
  onData(listener: (bytes: Uint8Array) => void): void;
  /** The port closed without being asked to; `error` says why when the OS did. */
  onClose(listener: (error: Error | null) => void): void;
  close(): Promise<void>;
}

/** The little of serialport the kiosk needs, so everything above it runs against a fake. */
export interface SerialBackend {
  list(): Promise<SerialPortInfo[]>;
  open(options: SerialOpenOptions): Promise<SerialConnection>;
}
