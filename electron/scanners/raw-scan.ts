import type { HostSourceKind, ScannerErrorKind } from '../../shared/contract/scanner.ts';

/** What a host source hands on for one scan: the bytes as they came and their text. */
export interface RawScan {
  source: HostSourceKind;
  /** The scan's bytes (for HID POS the data only, the AIM identifier kept apart). */
  bytes: Uint8Array;
  /** The bytes as text, without the serial suffix that framed them. */
  text: string;
  /** AIM symbology identifier from a HID POS report, e.g. `]Q1`. */
  aim: string | null;
  at: Date;
  /** Set when the scan did not end the normal way (`incomplete`, `no suffix`). */
  note: string | null;
}

/** Input a source received and dropped, reported so the technician can see it. */
export interface IgnoredInput {
  source: HostSourceKind;
  bytes: Uint8Array;
  at: Date;
  reason: string;
}

/** A problem a source ran into; `detail` is the OS's or driver's message, never scan content. */
export interface SourceProblem {
  kind: ScannerErrorKind;
  detail: string | null;
}

export interface SourceListener {
  scan(scan: RawScan): void;
  ignored(input: IgnoredInput): void;
  problem(problem: SourceProblem): void;
  /** The connection changed (connected, waiting…): read the source's state again. */
  changed(): void;
}
