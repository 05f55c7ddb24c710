import { decodeUsKey, isModifierCode, terminatorOf } from './us-key-map.ts';

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, from key timing alone.
 * A scanner "types" a whole code with a few milliseconds between keys; a person needs well
 * over 40 ms per key, even a fast typist over eight keys in a row. Pure: feed it key events
 * with their timestamps (the time the key was pressed, which is when the OS saw it, not when
 * a busy page got round to it), and call `silence()` when nothing came for a while.
 */
export interface WedgeOptions {
  /** A gap longer than this between two characters ends a burst. */
  maxGapMs: number;
  /** A burst shorter than this is not a scan (no receipt code is this short). */
  minLength: number;
  /** How long after the last character a suffix key (Enter/Tab) still belongs to the scan. */
  terminatorGapMs: number;
  /** Longest scan kept; longer input is still one scan, cut here (the host reports too-long). */
  maxLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  maxGapMs: 40,
  minLength: 8,
  terminatorGapMs: 150,
  maxLength: 4096,
};

/** The parts of a KeyboardEvent the detector reads (never `key`: layouts and IMEs rewrite it). */
export interface WedgeKeyEvent {
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** Milliseconds on the `performance.now()` clock (KeyboardEvent.timeStamp). */
  timeStamp: number;
}

export interface WedgeScan {
  raw: string;
  /** Timestamp of the first and the last character key of the burst. */
  firstKeyAt: number;
  lastKeyAt: number;
  /** Timestamp of the key event that completed the scan (the suffix key, or the last character). */
  completedByKeyAt: number;
  endedBy: 'enter' | 'tab' | 'silence' | 'other-key';
}

export interface WedgeStep {
  /** The key belongs to a scan and must not reach the page (a suffix Enter would "click"). */
  consume: boolean;
  /** This key starts a new run of characters: the caller snapshots the focused field now. */
  startsSequence: boolean;
  /** A scan completed with this key (or a burst that this key, late or not a character, closed). */
  scan: WedgeScan | null;
}

export class WedgeDetector {
  private readonly options: WedgeOptions;
  private chars: string[] = [];
  private firstAt = 0;
  private lastAt = 0;
  /** After a burst ended by silence, its late suffix key is swallowed until this time. */
  private swallowSuffixUntil = -Infinity;
  /** The characters of a run the caller ended by silence, in case the page's silence was not the scanner's. */
  private resumable: string[] | null = null;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.options = { ...DEFAULT_WEDGE_OPTIONS, ...options };
  }

  /** A run of characters is open: the caller should report silence when no key follows. */
  get pending(): boolean {
    return this.chars.length > 0;
  }

  key(event: WedgeKeyEvent): WedgeStep {
    if (isModifierCode(event.code)) return { consume: false, startsSequence: false, scan: null };
    const { maxGapMs, terminatorGapMs, maxLength } = this.options;
    const gap = event.timeStamp - this.lastAt;
    const terminator = terminatorOf(event.code);
    // Held-down keys auto-repeat at scanner-like speed, and shortcuts are a person's.
    const plain = !(event.repeat || event.ctrlKey || event.altKey || event.metaKey);

    if (terminator && plain && this.isBurst() && gap <= terminatorGapMs) {
      return { consume: true, startsSequence: false, scan: this.finish(terminator, event.timeStamp) };
    }

    const char = plain && !terminator ? decodeUsKey(event) : null;
    const resumable = this.resumable;
    this.resumable = null;
    if (char !== null && resumable && this.chars.length === 0 && gap <= maxGapMs) {
      // The keys were pressed at scanner speed: the silence was a busy page's, not the
      // scanner's. The run goes on, and its end gives the whole code (a newer scan that
      // replaces whatever the cut-off part showed).
      this.chars = resumable;
      if (this.chars.length < maxLength) this.chars.push(char);
      this.lastAt = event.timeStamp;
      this.swallowSuffixUntil = -Infinity;
      return { consume: false, startsSequence: false, scan: null };
    }

    let closed: WedgeScan | null = null;
    if (this.chars.length > 0 && (char === null || gap > maxGapMs)) {
      // This key does not continue the run: a long-enough burst before it was a scan.
      closed = this.endRun(gap > maxGapMs ? 'silence' : 'other-key');
    }

    if (terminator) {
      // The suffix of a burst already ended by silence (a scanner with a slow suffix).
      const consume = plain && closed === null && event.timeStamp <= this.swallowSuffixUntil;
      this.swallowSuffixUntil = -Infinity;
      return { consume, startsSequence: false, scan: closed };
    }
    if (char === null) return { consume: false, startsSequence: false, scan: closed };

    const startsSequence = this.chars.length === 0;
    if (startsSequence) this.firstAt = event.timeStamp;
    if (this.chars.length < maxLength) this.chars.push(char);
    this.lastAt = event.timeStamp;
    this.swallowSuffixUntil = -Infinity;
    return { consume: false, startsSequence, scan: closed };
  }

  /**
   * The caller saw no key for a while: a long-enough burst without a suffix is a scan.
   * Silence is the caller's to judge, on the clock of key *handling*: keys stamped 3 ms apart
   * may reach a busy page 50 ms late, and a timer must not cut a burst that is only queued.
   */
  silence(): WedgeScan | null {
    if (this.chars.length === 0) return null;
    const chars = this.chars;
    const scan = this.endRun('silence');
    this.resumable = chars;
    return scan;
  }

  reset(): void {
    this.clear();
    this.swallowSuffixUntil = -Infinity;
    this.resumable = null;
  }

  private endRun(endedBy: 'silence' | 'other-key'): WedgeScan | null {
    if (!this.isBurst()) {
      this.clear();
      return null;
    }
    const lastAt = this.lastAt;
    const scan = this.finish(endedBy, lastAt);
    this.swallowSuffixUntil = lastAt + this.options.terminatorGapMs;
    return scan;
  }

  private isBurst(): boolean {
    return this.chars.length >= this.options.minLength;
  }

  private finish(endedBy: WedgeScan['endedBy'], completedByKeyAt: number): WedgeScan {
    const scan: WedgeScan = {
      raw: this.chars.join(''),
      firstKeyAt: this.firstAt,
      lastKeyAt: this.lastAt,
      completedByKeyAt,
      endedBy,
    };
    this.clear();
    return scan;
  }

  private clear(): void {
    this.chars = [];
  }
}
