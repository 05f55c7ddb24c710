import { usKeyForChar } from '../../../../renderer/scanner/us-key-map.ts';
import { WedgeDetector } from '../../../../renderer/scanner/wedge-detector.ts';
import type { WedgeKeyEvent } from '../../../../renderer/scanner/wedge-detector.ts';

/**
 * Synthetic key-timing traces for measuring the keyboard-wedge detector: scanners (1–30 ms per
 * key, USB packet pauses, stutters), people (80–400 ms per key) and fast typists (rollover).
 * Deterministic: every trace comes from a seeded generator.
 */
export interface Trace {
  family: string;
  events: WedgeKeyEvent[];
  /** What a scanner sent in this trace (empty for a person typing). */
  scans: string[];
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const between = (random: Random, min: number, max: number) => min + random() * (max - min);
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function key(code: string, timeStamp: number, shiftKey = false): WedgeKeyEvent {
  return { code, shiftKey, ctrlKey: false, altKey: false, metaKey: false, repeat: false, timeStamp };
}

/** Key events for `text` with the gap before each character given by `gapBefore(index)`. */
function typed(text: string, start: number, gapBefore: (index: number) => number, suffix: 'Enter' | 'Tab' | null, suffixGap: number) {
  const events: WedgeKeyEvent[] = [];
  let t = start;
  [...text].forEach((char, i) => {
    if (i > 0) t += gapBefore(i);
    const k = usKeyForChar(char)!;
    if (k.shiftKey) events.push(key('ShiftLeft', t, true));
    events.push(key(k.code, t, k.shiftKey));
  });
  if (suffix) {
    t += suffixGap;
    events.push(key(suffix, t));
  }
  return { events, end: t };
}

const AGENCIES = ['000.00.12.H53', '000.12.12.H53', '000.00.15.H48', '000.30.22.H29'];
function payload(random: Random): string {
  const code = `${pick(random, AGENCIES)}-${String(Math.floor(between(random, 230101, 261231)))}-${String(Math.floor(between(random, 1, 9999))).padStart(4, '0')}`;
  switch (Math.floor(random() * 4)) {
    case 0:
      return `https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${code}&lang=vi`;
    case 1:
      return `]C0${code}`;
    case 2:
      return code.toLowerCase();
    default:
      return code;
  }
}

const WORDS = ['ket hon', 'khai sinh', 'dat dai', 'ho tich', 'chung thuc', '0912', 'Nguyen', 'abc', 'thu tuc', '000.00', 'H53'];
const SUFFIXES = ['Enter', 'Tab', null] as const;

function scannerTrace(random: Random, family: string, gapBefore: (random: Random, index: number, length: number) => number): Trace {
  const text = payload(random);
  const suffix = pick(random, SUFFIXES);
  const { events } = typed(text, 1000, (i) => gapBefore(random, i, text.length), suffix, between(random, 1, 30));
  return { family, events, scans: [text] };
}

function personTrace(random: Random, family: string, gapBefore: (random: Random, index: number) => number): Trace {
  const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, WORDS)).join(' ');
  const { events } = typed(text, 1000, (i) => gapBefore(random, i), random() < 0.7 ? 'Enter' : null, between(random, 80, 400));
  return { family, events, scans: [] };
}

function stutteringScanner(random: Random, family: string, fewest: number, most: number): Trace {
  const base = between(random, 1, 20);
  const stutters = new Set<number>();
  return scannerTrace(random, family, (r, i, length) => {
    if (i === 1) while (stutters.size < fewest + Math.floor(r() * (most - fewest + 1))) stutters.add(1 + Math.floor(r() * (length - 1)));
    return stutters.has(i) ? between(r, 41, 120) : Math.max(0.5, base * between(r, 0.7, 1.3));
  });
}

/** A morning at the kiosk: people typing searches, and receipts scanned in between. */
function kioskSession(random: Random): Trace {
  const events: WedgeKeyEvent[] = [];
  const scans: string[] = [];
  let t = 1000;
  for (let turn = 0; turn < 6; turn++) {
    t += between(random, 200, 2000);
    if (random() < 0.5) {
      const text = payload(random);
      const base = between(random, 1, 30);
      const typedScan = typed(text, t, () => Math.max(0.5, base * between(random, 0.7, 1.3)), pick(random, SUFFIXES), between(random, 1, 30));
      events.push(...typedScan.events);
      scans.push(text);
      t = typedScan.end;
    } else {
      const text = pick(random, WORDS);
      const person = typed(text, t, () => between(random, 80, 400), random() < 0.5 ? 'Enter' : null, between(random, 80, 400));
      events.push(...person.events);
      t = person.end;
    }
  }
  return { family: 'kiosk session (typing and scans in turn, 0.2–2 s apart)', events, scans };
}

export const TRACE_FAMILIES: Record<string, (random: Random) => Trace> = {
  'scanner 1–30 ms per key': (random) => {
    const base = between(random, 1, 30);
    return scannerTrace(random, 'scanner 1–30 ms per key', (r) => Math.max(0.5, base * between(r, 0.7, 1.3)));
  },
  'scanner sending USB packets (a pause every 8–16 keys)': (random) => {
    const every = 8 + Math.floor(random() * 9);
    return scannerTrace(random, 'scanner sending USB packets (a pause every 8–16 keys)', (r, i) => (i % every === 0 ? between(r, 15, 38) : between(r, 1, 5)));
  },
  'scanner with a stutter (1–2 pauses of 41–120 ms)': (random) => stutteringScanner(random, 'scanner with a stutter (1–2 pauses of 41–120 ms)', 1, 2),
  'scanner stuttering three times (3 pauses of 41–120 ms)': (random) =>
    stutteringScanner(random, 'scanner stuttering three times (3 pauses of 41–120 ms)', 3, 3),
  'kiosk session (typing and scans in turn, 0.2–2 s apart)': kioskSession,
  'person 80–400 ms per key': (random) => personTrace(random, 'person 80–400 ms per key', (r) => between(r, 80, 400)),
  'fast typist (40–150 ms, rollover bursts of up to 4 keys at 5–35 ms)': (random) => {
    let rolled = 0;
    return personTrace(random, 'fast typist (40–150 ms, rollover bursts of up to 4 keys at 5–35 ms)', (r) => {
      if (rolled < 3 && r() < 0.35) {
        rolled += 1;
        return between(r, 5, 35);
      }
      rolled = 0;
      return between(r, 40, 150);
    });
  },
};

export interface Measurement {
  family: string;
  traces: number;
  expectedScans: number;
  truePositives: number;
  falsePositives: number;
}

/**
 * Runs each trace through a fresh detector as the window listener drives it: a key is handled at
 * its timestamp, and the listener reports silence when no key came for `silenceMs`.
 */
export function measure(traces: Trace[], silenceMs: number): Measurement {
  let truePositives = 0;
  let falsePositives = 0;
  let expectedScans = 0;
  for (const trace of traces) {
    const detector = new WedgeDetector();
    const found: string[] = [];
    let last = -Infinity;
    for (const event of trace.events) {
      if (detector.pending && event.timeStamp - last > silenceMs) {
        const scan = detector.silence();
        if (scan) found.push(scan.raw);
      }
      const step = detector.key(event);
      if (step.scan) found.push(step.scan.raw);
      last = event.timeStamp;
    }
    const end = detector.silence();
    if (end) found.push(end.raw);
    const expected = [...trace.scans];
    expectedScans += expected.length;
    for (const raw of found) {
      const at = expected.indexOf(raw);
      if (at >= 0) {
        expected.splice(at, 1);
        truePositives += 1;
      } else {
        falsePositives += 1;
      }
    }
  }
  return { family: traces[0]?.family ?? '', traces: traces.length, expectedScans, truePositives, falsePositives };
}
