/**
 * The same code twice within a short window is one scan: a scanner in presentation mode reads
 * a receipt held under it again and again, and a receipt's barcode and QR code carry the same
 * code. The window slides: a receipt left under the scanner stays one scan.
 */
export class ScanDeduper {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly windowMs: () => number) {}

  /** True when `key` was already seen less than the window ago; records it either way. */
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
