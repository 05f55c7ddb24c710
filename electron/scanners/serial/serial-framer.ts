import { MAX_SCAN_BYTES } from '../../../shared/contract/scanner.ts';
import type { SerialFraming } from '../../../shared/contract/scanner.ts';
import { SingleTimer } from '../timers.ts';
import type { Timers } from '../timers.ts';

export type FrameEnd = 'suffix' | 'timeout' | 'missing-suffix' | 'closed';

export interface Frame {
  /** The scan's bytes without the suffix that ended it. */
  bytes: Uint8Array;
  endedBy: FrameEnd;
}

const SUFFIX_BYTES: Record<Exclude<SerialFraming, 'timeout'>, readonly number[]> = {
  cr: [0x0d],
  lf: [0x0a],
  crlf: [0x0d, 0x0a],
  tab: [0x09],
};

/**
 * A scanner sends a whole scan at once, so bytes that wait this long for the configured suffix
 * will not get it (the scanner's suffix is set differently): they are handed on anyway, and
 * the technician is told, rather than held back until the next scan glues onto them.
 */
export const MISSING_SUFFIX_FLUSH_MS = 1_000;

/** Cuts a serial byte stream into scans, by the scanner's suffix or by a pause between bytes. */
export class SerialFramer {
  private buffer: number[] = [];
  private readonly suffix: readonly number[] | null;
  private readonly quiet: SingleTimer;

  constructor(
    private readonly framing: SerialFraming,
    private readonly timeoutMs: number,
    private readonly onFrame: (frame: Frame) => void,
    timers: Timers,
  ) {
    this.suffix = framing === 'timeout' ? null : SUFFIX_BYTES[framing];
    this.quiet = new SingleTimer(timers);
  }

  push(chunk: Uint8Array): void {
    for (const byte of chunk) {
      // Past the limit only the last bytes are kept, to see the suffix when it comes.
      if (this.buffer.length >= MAX_SCAN_BYTES + 2) this.buffer.splice(MAX_SCAN_BYTES, 1);
      this.buffer.push(byte);
      if (this.suffix && this.endsWithSuffix(this.suffix)) this.emit('suffix');
    }
    if (this.buffer.length === 0) this.quiet.cancel();
    else if (this.framing === 'timeout') this.quiet.schedule(() => this.emit('timeout'), this.timeoutMs);
    else this.quiet.schedule(() => this.emit('missing-suffix'), MISSING_SUFFIX_FLUSH_MS);
  }

  /** The port closed: bytes still waiting are handed on. */
  close(): void {
    this.quiet.cancel();
    if (this.buffer.length > 0) this.emit('closed');
  }

  private endsWithSuffix(suffix: readonly number[]): boolean {
    const start = this.buffer.length - suffix.length;
    return start >= 0 && suffix.every((b, i) => this.buffer[start + i] === b);
  }

  private emit(endedBy: FrameEnd): void {
    const cut = endedBy === 'suffix' && this.suffix ? this.buffer.length - this.suffix.length : this.buffer.length;
    const bytes = Uint8Array.from(this.buffer.slice(0, Math.min(cut, MAX_SCAN_BYTES)));
    this.buffer = [];
    this.quiet.cancel();
    this.onFrame({ bytes, endedBy });
  }
}
