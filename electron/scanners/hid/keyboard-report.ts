import { MAX_SCAN_BYTES } from '../../../shared/contract/scanner.ts';
import { meaningOfUsage } from './keyboard-usages.ts';

/**
 * Keyboard boot reports (HID 1.11 appendix B): a modifier byte, a reserved byte and six key
 * usages; 9 bytes when the device numbers its reports. A key is typed when it appears in a
 * report and was not in the one before, so a scanner releases a key before typing it again.
 */
const BOOT_REPORT_BYTES = 8;
const LEFT_CTRL = 0x01;
const LEFT_SHIFT = 0x02;
const LEFT_ALT = 0x04;
const LEFT_GUI = 0x08;
const CTRL = LEFT_CTRL | (LEFT_CTRL << 4);
const SHIFT = LEFT_SHIFT | (LEFT_SHIFT << 4);
const ALT_OR_GUI = LEFT_ALT | LEFT_GUI | ((LEFT_ALT | LEFT_GUI) << 4);
/** ErrorRollOver, POSTFail, ErrorUndefined: the report says "too many keys", not which. */
const PHANTOM_USAGES = new Set([0x01, 0x02, 0x03]);

export type KeyboardStep =
  | { kind: 'scan'; text: string; endedBy: 'enter' | 'tab' }
  | { kind: 'pending' }
  | { kind: 'ignored'; reason: string };

export class KeyboardReportDecoder {
  private held = new Set<number>();
  private chars: string[] = [];

  get pending(): boolean {
    return this.chars.length > 0;
  }

  push(report: Uint8Array): KeyboardStep {
    if (report.length !== BOOT_REPORT_BYTES && report.length !== BOOT_REPORT_BYTES + 1) {
      return { kind: 'ignored', reason: `not a keyboard boot report (${report.length} bytes)` };
    }
    const body = report.length === BOOT_REPORT_BYTES ? report : report.subarray(1);
    const usages = Array.from(body.subarray(2)).filter((u) => u !== 0);
    if (usages.some((u) => PHANTOM_USAGES.has(u))) return { kind: 'ignored', reason: 'key rollover error' };
    const modifierByte = body[0]!;
    const modifiers = { shift: (modifierByte & SHIFT) !== 0, ctrl: (modifierByte & CTRL) !== 0, other: (modifierByte & ALT_OR_GUI) !== 0 };
    const pressed = usages.filter((u) => !this.held.has(u));
    this.held = new Set(usages);
    let completed: KeyboardStep | null = null;
    for (const usage of pressed) {
      const meaning = meaningOfUsage(usage, modifiers);
      if (meaning.kind === 'terminator') {
        if (this.chars.length > 0 && completed === null) completed = { kind: 'scan', text: this.take(), endedBy: meaning.key };
      } else if (meaning.kind === 'char' && this.chars.length < MAX_SCAN_BYTES) {
        this.chars.push(meaning.char);
      }
    }
    return completed ?? { kind: 'pending' };
  }

  /** The characters so far, for a scanner configured without a suffix (called after a silence). */
  flush(): string | null {
    this.held.clear();
    return this.chars.length > 0 ? this.take() : null;
  }

  private take(): string {
    const text = this.chars.join('');
    this.chars = [];
    return text;
  }
}
