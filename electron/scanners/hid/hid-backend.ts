/** A HID device as the OS lists it (one entry per top-level collection). */
export interface HidDeviceInfo {
  path: string;
  vendorId: number;
  productId: number;
  manufacturer?: string;
  product?: string;
  usagePage?: number;
  usage?: number;
  interface?: number;
}

/** An open HID device: input reports until it is closed or goes away. */
export interface HidConnection {
  /** Each input report as the driver delivers it (with its report id first when the device numbers its reports). */
  onReport(listener: (report: Uint8Array) => void): void;
  /** A read failed: the device was unplugged, or the OS does not let go of it. */
  onError(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

/** The little of node-hid the kiosk needs, so everything above it runs against a fake. */
export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidConnection>;
}
