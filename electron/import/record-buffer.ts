/**
 * The text of the record being read, gathered piece by piece as chunks stream in, up to a
 * limit: past it the pieces are dropped and the record is only remembered as too long.
 */
export class RecordBuffer {
  private parts: string[] = [];
  private length = 0;
  private oversized = false;

  constructor(private readonly maxChars: number) {}

  keep(piece: string): void {
    if (this.oversized || piece.length === 0) return;
    this.length += piece.length;
    if (this.length > this.maxChars) {
      this.oversized = true;
      this.parts = [];
    } else this.parts.push(piece);
  }

  /** The record's text, or why it has none; the buffer starts afresh. */
  take(): { text: string } | { error: string } {
    const taken = this.oversized ? { error: `longer than ${this.maxChars.toLocaleString('en')} characters: skipped` } : { text: this.parts.join('') };
    this.parts = [];
    this.length = 0;
    this.oversized = false;
    return taken;
  }
}
