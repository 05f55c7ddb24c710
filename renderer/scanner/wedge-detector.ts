import { decodeUsKey, isModifierCode, terminatorOf } from './us-key-map.ts';

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, from key timing alone.
 * A scanner "types" a whole code with a few milliseconds between keys; a person needs well
 * over 40 ms per key, even a fast typist over eight keys in a row. Pure: feed it key events
 * with their timestamps (the time the key was pressed, which is when the OS saw it, not when
 * a busy page got round to it), and call `silence()` when nothing came for a while.
 */
export interface WedgeOptions {
  /** A gap longer than this between two characters ends a burst… */
  maxGapMs: number;
  /**
   * …unless it is no longer than this and the keys around it came at scanner speed: a scanner
   * that stuttered (a Bluetooth link, a full buffer). A person cannot type the 8 keys in a row at
   * scanner speed that make a burst, so tolerating the pause never turns typing into a scan.
   */
  stutterGapMs: number;
  /** A burst shorter than this is not a scan (no receipt code is this short). */
  minLength: number;
  /** How long after the last character a suffix key (Enter/Tab) still belongs to the scan. */
  terminatorGapMs: number;
  /** Longest scan kept; longer input is still one scan, cut here (the host reports too-long). */
  maxLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = {
  maxGapMs: 40,
  stutterGapMs: 120,
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

/** A run of characters that may be (or become) a scanner's burst. */
interface Run {
  chars: string[];
  firstAt: number;
  lastAt: number;
  /** Characters since the run began or since its last stutter. */
  segment: number;
  /** Some segment reached the burst length at scanner speed: a scanner typed this run. */
  confirmed: boolean;
  /** Pauses tolerated before the run was confirmed. */
  stutters: number;
}

/**
 * Before a run is confirmed, this many stutters are tolerated: a scanner may pause before its
 * eighth key. Until confirmed, the run is only kept in case a burst follows; it never becomes a
 * scan by itself.
 */
const MAX_UNCONFIRMED_STUTTERS = 3;

const emptyRun = (): Run => ({ chars: [], firstAt: 0, lastAt: 0, segment: 0, confirmed: false, stutters: 0 });

export class WedgeDetector {
  private readonly options: WedgeOptions;
  private run: Run = emptyRun();
  /** After a burst ended by silence, its late suffix key is swallowed until this time. */
  private swallowSuffixUntil = -Infinity;
  /** A run the caller ended by silence, in case the page's silence was not the scanner's. */
  private resumable: Run | null = null;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.options = { ...DEFAULT_WEDGE_OPTIONS, ...options };
  }

  /** A run of characters is open: the caller should report silence when no key follows. */
  get pending(): boolean {
    return this.run.chars.length > 0;
  }

  /** The open run has proved to be a scanner's burst. */
  get confirmedPending(): boolean {
    return this.run.chars.length > 0 && this.run.confirmed;
  }

  key(event: WedgeKeyEvent): WedgeStep {
    if (isModifierCode(event.code)) return { consume: false, startsSequence: false, scan: null };
    const { terminatorGapMs, maxGapMs } = this.options;
    const gap = event.timeStamp - this.run.lastAt;
    const terminator = terminatorOf(event.code);
    // Held-down keys auto-repeat at scanner speed, and shortcuts are a person's.
    const plain = !(event.repeat || event.ctrlKey || event.altKey || event.metaKey);

    if (terminator && plain && this.run.confirmed && gap <= terminatorGapMs) {
      return { consume: true, startsSequence: false, scan: this.finish(terminator, event.timeStamp) };
    }

    const char = plain && !terminator ? decodeUsKey(event) : null;
    const resumable = this.resumable;
    this.resumable = null;
    if (char !== null && resumable && this.run.chars.length === 0 && this.continues(resumable, event.timeStamp - resumable.lastAt)) {
      // The keys were pressed at scanner speed (or the scanner stuttered): the silence was a
      // busy page's, not the scanner's. The run goes on, and its end gives the whole code (a
      // newer scan that replaces whatever the cut-off part showed).
      this.run = resumable;
      this.add(char, event.timeStamp);
      this.swallowSuffixUntil = -Infinity;
      return { consume: false, startsSequence: false, scan: null };
    }

    let closed: WedgeScan | null = null;
    if (this.run.chars.length > 0 && (char === null || !this.continues(this.run, gap))) {
      // This key does not continue the run: a burst before it was a scan.
      closed = this.endRun(gap > maxGapMs ? 'silence' : 'other-key');
    }

    if (terminator) {
      // The suffix of a burst already ended by silence (a scanner with a slow suffix).
      const consume = plain && closed === null && event.timeStamp <= this.swallowSuffixUntil;
      this.swallowSuffixUntil = -Infinity;
      return { consume, startsSequence: false, scan: closed };
    }
    if (char === null) return { consume: false, startsSequence: false, scan: closed };

    const startsSequence = this.run.chars.length === 0;
    if (startsSequence) this.run.firstAt = event.timeStamp;
    this.add(char, event.timeStamp);
    this.swallowSuffixUntil = -Infinity;
    return { consume: false, startsSequence, scan: closed };
  }

  /**
   * The caller saw no key for a while: a long-enough burst without a suffix is a scan.
   * Silence is the caller's to judge, on the clock of key *handling*: keys stamped 3 ms apart
   * may reach a busy page 50 ms late, and a timer must not cut a burst that is only queued.
   */
  silence(): WedgeScan | null {
    if (this.run.chars.length === 0) return null;
    const run = { ...this.run, chars: [...this.run.chars] };
    const scan = this.endRun('silence');
    this.resumable = run;
    return scan;
  }

  reset(): void {
    this.run = emptyRun();
    this.swallowSuffixUntil = -Infinity;
    this.resumable = null;
  }

  /** Whether a character `gap` ms after the run's last one belongs to it. */
  private continues(run: Run, gap: number): boolean {
    const { maxGapMs, stutterGapMs } = this.options;
    if (gap <= maxGapMs) return true;
    if (gap > stutterGapMs) return false;
    return run.confirmed || run.stutters < MAX_UNCONFIRMED_STUTTERS;
  }

  private add(char: string, at: number): void {
    const run = this.run;
    if (run.chars.length > 0 && at - run.lastAt > this.options.maxGapMs) {
      if (!run.confirmed) run.stutters += 1;
      run.segment = 0;
    }
    if (run.chars.length < this.options.maxLength) run.chars.push(char);
    run.segment += 1;
    if (run.segment >= this.options.minLength) run.confirmed = true;
    run.lastAt = at;
  }

  private endRun(endedBy: 'silence' | 'other-key'): WedgeScan | null {
    if (!this.run.confirmed) {
      this.clear();
      return null;
    }
    const lastAt = this.run.lastAt;
    const scan = this.finish(endedBy, lastAt);
    this.swallowSuffixUntil = lastAt + this.options.terminatorGapMs;
    return scan;
  }

  private finish(endedBy: WedgeScan['endedBy'], completedByKeyAt: number): WedgeScan {
    const { chars, firstAt, lastAt } = this.run;
    const scan: WedgeScan = { raw: chars.join(''), firstKeyAt: firstAt, lastKeyAt: lastAt, completedByKeyAt, endedBy };
    this.clear();
    return scan;
  }

  private clear(): void {
    // The time of the last key stays: the next key's gap is measured from it.
    this.run = { ...emptyRun(), lastAt: this.run.lastAt };
  }
}
