import { restoreField, snapshotFocusedField } from './field-snapshot.ts';
import type { FieldSnapshot } from './field-snapshot.ts';
import { DEFAULT_WEDGE_OPTIONS, WedgeDetector } from './wedge-detector.ts';
import type { WedgeOptions, WedgeScan } from './wedge-detector.ts';

/**
 * How long after the last key was *handled* a run without a suffix counts as ended. Measured
 * from handling, not from the key's timestamp: a page that was busy gets a queued burst late,
 * all at once, and must not take the delay for the end of the burst. Longer than a scanner's
 * stutter, so a pause inside a burst does not end it early.
 */
const silenceAfter = (stutterGapMs: number) => stutterGapMs + 20;
export const SILENCE_MS = silenceAfter(DEFAULT_WEDGE_OPTIONS.stutterGapMs);

/**
 * Keys no scan claimed by the silence may be the start of a burst whose rest a stalled machine
 * has not delivered yet (their own timestamps, not the silence, tell): they are a person's once
 * the next key comes at a person's pace after them, or no key comes for this long after the
 * silence. Stalls of 3.3 s were seen inside bursts on a 2-core machine at load 20-23; only a lone key,
 * with no key after it, waits this long to count as activity.
 */
export const TYPING_VERDICT_MS = 5000;

/**
 * Listens to every key on the window (capture phase, before the page sees it) and reports
 * scanner bursts. It never delays or eats what a person types: characters go where they
 * would go anyway, and only once a run of keys has proved to be a scanner's burst is the
 * focused field put back as it was before the burst (and the suffix Enter/Tab swallowed, so
 * it cannot submit a form or press a focused button).
 * Keys that turned out to be a person's are reported by `onPersonTyped`, once per pause: the idle
 * timer counts them, and not a scanner's bursts, even a burst a stall cut in two.
 */
export function installWedgeListener(
  win: Window,
  onScan: (scan: WedgeScan) => void,
  options: Partial<WedgeOptions> = {},
  onPersonTyped: () => void = () => undefined,
): () => void {
  const detector = new WedgeDetector(options);
  const stutterGapMs = options.stutterGapMs ?? DEFAULT_WEDGE_OPTIONS.stutterGapMs;
  const silenceMs = silenceAfter(stutterGapMs);
  let snapshot: FieldSnapshot | null = null;
  let timer: number | undefined;
  /** Keys since the last scan or report that no scan has claimed yet (a modifier, a Backspace, a run still open). */
  let unclaimedKeys = false;
  /** Timestamp of the last of those keys. */
  let lastUnclaimedAt = 0;
  /** Set while unclaimed keys wait, after the silence, for the key that tells whose they were. */
  let verdictTimer: number | undefined;
  /**
   * The last scan ended with a suffix key: this scanner sends one, so a burst that falls silent
   * without it was cut by a stall, and is given the verdict time for its rest (never looked up in part).
   */
  let suffixSeen = false;

  const reportTyping = () => {
    verdictTimer = undefined;
    unclaimedKeys = false;
    onPersonTyped();
  };

  // Kept after a scan: a burst cut by a busy page's silence may go on into the same field.
  const emit = (scan: WedgeScan) => {
    unclaimedKeys = false;
    suffixSeen = scan.endedBy === 'enter' || scan.endedBy === 'tab';
    if (snapshot && win.document.activeElement === snapshot.element) restoreField(snapshot);
    onScan(scan);
  };

  const scheduleSilenceCheck = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    if (!detector.pending && !unclaimedKeys) return;
    timer = win.setTimeout(() => {
      timer = undefined;
      const scan = detector.silence();
      if (scan) emit(scan);
      if (unclaimedKeys) verdictTimer = win.setTimeout(reportTyping, TYPING_VERDICT_MS);
    }, suffixSeen && detector.confirmedPending ? TYPING_VERDICT_MS : silenceMs);
  };

  // A suffix key's keypress/keyup must not reach the page either once its keydown was eaten.
  const swallowed = new Set<string>();

  const onKeyDown = (event: KeyboardEvent) => {
    if (verdictTimer !== undefined) {
      win.clearTimeout(verdictTimer);
      verdictTimer = undefined;
      // Pressed at a scanner's pace after them, they go on with this key and are judged with it.
      if (event.timeStamp - lastUnclaimedAt > stutterGapMs) reportTyping();
    }
    const step = detector.key(event);
    if (step.consume) {
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowed.add(event.code);
    }
    if (step.scan) emit(step.scan);
    if (!step.consume) {
      unclaimedKeys = true;
      lastUnclaimedAt = event.timeStamp;
    }
    // Snapshot before this key's character lands: keydown comes before the field changes.
    if (step.startsSequence) snapshot = snapshotFocusedField(win.document);
    scheduleSilenceCheck();
  };

  const onKeyUpOrPress = (event: KeyboardEvent) => {
    if (!swallowed.has(event.code)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'keyup') swallowed.delete(event.code);
  };

  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('keypress', onKeyUpOrPress, true);
  win.addEventListener('keyup', onKeyUpOrPress, true);
  return () => {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('keypress', onKeyUpOrPress, true);
    win.removeEventListener('keyup', onKeyUpOrPress, true);
    if (timer !== undefined) win.clearTimeout(timer);
    if (verdictTimer !== undefined) win.clearTimeout(verdictTimer);
    detector.reset();
  };
}
