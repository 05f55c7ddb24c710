import type { ReceiptCodeParse } from './types.ts';

/**
 * What a read is told by when repeats are counted: the code it carries (so a receipt's QR code,
 * a lookup URL, and its barcode are one), or its text when it carries none.
 */
export function repeatKeyOf(parse: ReceiptCodeParse, text: string): string {
  return parse.ok ? `code:${parse.code}` : `text:${text.trim()}`;
}

/**
 * A receipt stays "the same scan" for as long as it stays under the scanner. A scanner in
 * presentation mode reads a receipt left under it again every second or so, for ever; only a
 * gap in those re-reads longer than the window (the receipt was taken away) or another code
 * makes a new scan. The window slides, and it holds across screens: a re-read just after the
 * citizen went back to the start, or after the idle reset, is not the next citizen's scan.
 * Both the host's sources and the renderer's keyboard wedge count repeats with this rule.
 */
export class RepeatedReads {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly windowMs: () => number) {}

  /** True when `key` was already read less than the window ago; records it either way. `atMs` on a monotonic or wall clock, one per instance. */
  isRepeat(key: string, atMs: number): boolean {
    const window = this.windowMs();
    for (const [seen, at] of this.lastSeen) if (atMs - at >= window || atMs < at) this.lastSeen.delete(seen);
    const repeat = this.lastSeen.has(key);
    this.lastSeen.set(key, atMs);
    return repeat;
  }

  clear(): void {
    this.lastSeen.clear();
  }
}
