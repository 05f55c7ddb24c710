import type { ActiveScannerDevice, ScannerConnectionState } from '../../shared/contract/scanner.ts';

/** What a host source says about itself for the status and the technician's page. */
export interface SourceSnapshot {
  state: Exclude<ScannerConnectionState, 'wedge'>;
  device: ActiveScannerDevice | null;
  keyboardAlsoTypes: boolean;
}

/** A running host source's reader (one per HOST_SOURCE_FACTORIES entry): opens its device and hands on scans. */
export interface HostSourceReader {
  start(): void;
  stop(): Promise<void>;
  snapshot(): SourceSnapshot;
}
