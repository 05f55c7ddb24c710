import type { HidBackend } from './hid/hid-backend.ts';
import type { SourceListener } from './raw-scan.ts';
import type { ScannerSettings } from './scanner-settings.ts';
import type { SerialBackend } from './serial/serial-backend.ts';
import type { HostSourceReader } from './source-state.ts';
import type { Timers } from './timers.ts';

/** What a host source is built from: the settings it runs with, where its scans go, the device drivers. */
export interface HostSourceContext {
  settings: ScannerSettings;
  listener: SourceListener;
  timers: Timers;
  now: () => Date;
  platform: NodeJS.Platform;
  hid: HidBackend;
  serial: SerialBackend;
}

/** Builds a host source's reader from the kiosk's settings (one per entry of host-source-registry.ts). */
export type HostSourceFactory = (context: HostSourceContext) => HostSourceReader;
