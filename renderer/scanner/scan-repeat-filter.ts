import { parseReceiptCode } from '../../shared/receipt-code/index.ts';
import { RepeatedReads, repeatKeyOf } from '../../shared/receipt-code/repeated-reads.ts';

/** The host's `scannerDuplicateWindowMs`, at its default: the renderer does not read settings. */
export const SCAN_REPEAT_WINDOW_MS = 2000;

/**
 * The renderer's share of "a receipt left under the scanner is one scan": every scan that would
 * start a lookup (the keyboard wedge's, and the host's, which the host already filtered but which
 * may also arrive as keystrokes when the OS types for a HID scanner) passes here. A repeat is
 * not looked up and is no activity: after "Done" or an idle reset the receipt still under the
 * scanner does not bring the last citizen's answer back, and its re-reads do not keep the
 * answer on screen.
 */
export class ScanRepeatFilter {
  private readonly reads: RepeatedReads;
  private last: { key: string; raw: string; at: number } | null = null;

  constructor(private readonly windowMs = SCAN_REPEAT_WINDOW_MS) {
    this.reads = new RepeatedReads(() => windowMs);
  }

  /** True when this scan repeats a read still under the scanner; records it either way. `at`: performance.now() ms. */
  isRepeat(raw: string, at: number): boolean {
    const last = this.last;
    // A busy page may cut a re-read's burst in two (wedge-listener.ts): its first part comes as a
    // scan of its own, and the whole read follows at once. The part is the read still under the
    // scanner, so neither it nor the whole after it is a new scan.
    if (last && raw.length < last.raw.length && last.raw.startsWith(raw) && at >= last.at && at - last.at < this.windowMs) return true;
    const key = repeatKeyOf(parseReceiptCode(raw), raw);
    this.last = { key, raw, at };
    // Only a repeat of the read just before: a burst cut into a part (looked up, unreadable) and
    // the whole code, the first time that code is read, must have the whole replace what the part showed.
    return this.reads.isRepeat(key, at) && last?.key === key;
  }
}
