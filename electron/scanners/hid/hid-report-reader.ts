import type { HidDeviceRole } from '../../../shared/contract/scanner.ts';
import { SingleTimer } from '../timers.ts';
import type { Timers } from '../timers.ts';
import { HidPosAssembler } from './hid-pos-assembler.ts';
import { KeyboardReportDecoder } from './keyboard-report.ts';

export type HidMode = 'hid-pos' | 'keyboard';

/** A keyboard-mode scanner without a suffix has finished when no report came for this long. */
export const KEYBOARD_SILENCE_MS = 100;
/** A HID POS scan whose next report has not come after this long is handed on as it is. */
export const POS_CONTINUATION_TIMEOUT_MS = 500;

export interface HidReaderOutput {
  scan(bytes: Uint8Array, aim: string | null, note: string | null): void;
  ignored(report: Uint8Array, reason: string, unrecognised: boolean): void;
}

const encoder = new TextEncoder();

/**
 * Turns one device's input reports into scans. A device that says what it is (HID POS or
 * keyboard) is read as that; one that does not is recognised by its first report's size.
 */
export class HidReportReader {
  private pos = new HidPosAssembler();
  private keyboard = new KeyboardReportDecoder();
  private readonly silence: SingleTimer;
  private detected: HidMode | null;

  constructor(
    role: HidDeviceRole,
    private readonly out: HidReaderOutput,
    timers: Timers,
  ) {
    this.detected = role === 'other' ? null : role;
    this.silence = new SingleTimer(timers);
  }

  get mode(): HidMode | null {
    return this.detected;
  }

  push(report: Uint8Array): void {
    const mode = (this.detected ??= sniffMode(report));
    if (mode === null) {
      this.out.ignored(report, `unrecognised report (${report.length} bytes)`, true);
    } else if (mode === 'hid-pos') {
      this.pushPos(report);
    } else {
      this.pushKeyboard(report);
    }
  }

  /** The device went away: whatever was under way is handed on. */
  close(): void {
    this.silence.cancel();
    this.flush();
  }

  private pushPos(report: Uint8Array): void {
    const step = this.pos.push(report);
    if (step.kind === 'ignored') {
      this.out.ignored(report, step.reason, !step.reason.startsWith('report id'));
    } else if (step.kind === 'scan') {
      this.silence.cancel();
      this.out.scan(step.scan.bytes, step.scan.aim, null);
    } else {
      this.silence.schedule(() => this.flush(), POS_CONTINUATION_TIMEOUT_MS);
    }
  }

  private pushKeyboard(report: Uint8Array): void {
    const step = this.keyboard.push(report);
    if (step.kind === 'ignored') {
      this.out.ignored(report, step.reason, step.reason.startsWith('not a keyboard'));
    } else if (step.kind === 'scan') {
      this.out.scan(encoder.encode(step.text), null, null);
    }
    if (this.keyboard.pending) this.silence.schedule(() => this.flush(), KEYBOARD_SILENCE_MS);
    else this.silence.cancel();
  }

  private flush(): void {
    const partial = this.pos.flush();
    if (partial) this.out.scan(partial.bytes, partial.aim, 'incomplete');
    const typed = this.keyboard.flush();
    if (typed !== null) this.out.scan(encoder.encode(typed), null, null);
  }
}

function sniffMode(report: Uint8Array): HidMode | null {
  if (report.length === 8 || report.length === 9) return 'keyboard';
  if (report.length >= 63) return 'hid-pos';
  return null;
}
