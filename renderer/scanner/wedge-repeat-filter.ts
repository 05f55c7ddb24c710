import { parseReceiptCode } from '../../shared/receipt-code/index.ts';

/** The host's `scannerDuplicateWindowMs`, at its default: the renderer does not read settings. */
export const WEDGE_REPEAT_WINDOW_MS = 2000;

/**
 * The wedge's share of "the same code twice within a short window is one scan" (the host
 * deduplicates its own sources in electron/scanners/scan-deduper.ts). A receipt held under a
 * presentation-mode scanner, or its barcode read after its QR code, is told by the code it
 * carries, and the window slides. From a screen at rest a repeat is always a new scan: the
 * citizen went back to the start and scanned again on purpose.
 */
export class WedgeRepeatFilter {
  private last: { key: string; at: number } | null = null;

  constructor(private readonly windowMs = WEDGE_REPEAT_WINDOW_MS) {}

  /** True when this scan repeats the last one; records it either way. `at` in ms, monotonic. */
  isRepeat(raw: string, at: number, atRest: boolean): boolean {
    const parse = parseReceiptCode(raw);
    const key = parse.ok ? `code:${parse.code}` : `text:${raw.trim()}`;
    const last = this.last;
    this.last = { key, at };
    return !atRest && last !== null && last.key === key && at >= last.at && at - last.at < this.windowMs;
  }
}
