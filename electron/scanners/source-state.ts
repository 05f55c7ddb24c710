import type { ActiveScannerDevice, ScannerConnectionState } from '../../shared/contract/scanner.ts';

/** What a host source says about itself for the status and the technician's page. */
export interface SourceSnapshot {
  state: Exclude<ScannerConnectionState, 'wedge'>;
  device: ActiveScannerDevice | null;
  keyboardAlsoTypes: boolean;
}

/** A host scanner source: HID or serial. */
export interface HostScanSource {
  start(): void;
  stop(): Promise<void>;
  snapshot(): SourceSnapshot;
}
