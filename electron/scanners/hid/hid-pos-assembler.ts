import { MAX_SCAN_BYTES } from '../../../shared/contract/scanner.ts';
import { decodePosReport } from './hid-pos-report.ts';

export interface AssembledPosScan {
  aim: string | null;
  bytes: Uint8Array;
}

export type PosStep =
  | { kind: 'scan'; scan: AssembledPosScan }
  | { kind: 'pending' }
  | { kind: 'ignored'; reason: string };

/** Joins a scan's reports: each says whether more of the same scan follows. */
export class HidPosAssembler {
  private parts: Uint8Array[] = [];
  private size = 0;
  private aim: string | null = null;

  get pending(): boolean {
    return this.parts.length > 0;
  }

  push(report: Uint8Array): PosStep {
    const decoded = decodePosReport(report);
    if (decoded.kind === 'other-report') return { kind: 'ignored', reason: `report id 0x${decoded.reportId.toString(16).padStart(2, '0')}` };
    if (decoded.kind === 'invalid') return { kind: 'ignored', reason: decoded.reason };
    if (this.parts.length === 0) this.aim = decoded.aim;
    const room = MAX_SCAN_BYTES - this.size;
    const kept = decoded.data.subarray(0, Math.max(0, room));
    this.parts.push(kept);
    this.size += kept.length;
    if (decoded.more) return { kind: 'pending' };
    return { kind: 'scan', scan: this.take() };
  }

  /** The reports so far, when the rest never came (the scanner was unplugged or gave up). */
  flush(): AssembledPosScan | null {
    return this.pending ? this.take() : null;
  }

  private take(): AssembledPosScan {
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const scan = { aim: this.aim, bytes };
    this.parts = [];
    this.size = 0;
    this.aim = null;
    return scan;
  }
}
