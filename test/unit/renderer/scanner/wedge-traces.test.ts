import { describe, expect, it } from 'vitest';
import { SILENCE_MS } from '../../../../renderer/scanner/wedge-listener.ts';
import { measure, seededRandom, TRACE_FAMILIES } from './wedge-traces.ts';
import type { Measurement } from './wedge-traces.ts';

// The keyboard-wedge detector on synthetic key-timing traces, driven as the window listener
// drives it. Each family's precision and recall are printed; the closing note quotes them.

const TRACES_PER_FAMILY = 2000;

function run(family: string): Measurement {
  const random = seededRandom([...family].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
  const traces = Array.from({ length: TRACES_PER_FAMILY }, () => TRACE_FAMILIES[family]!(random));
  const m = measure(traces, SILENCE_MS);
  const precision = m.truePositives + m.falsePositives === 0 ? 1 : m.truePositives / (m.truePositives + m.falsePositives);
  const recall = m.expectedScans === 0 ? 1 : m.truePositives / m.expectedScans;
  process.stdout.write(
    `wedge traces | ${family} | ${m.traces} traces, ${m.expectedScans} scans | found ${m.truePositives}, wrong ${m.falsePositives} | precision ${precision.toFixed(4)} recall ${recall.toFixed(4)}\n`,
  );
  return m;
}

describe('the wedge detector on synthetic traces', () => {
  it.each([
    'scanner 1–30 ms per key',
    'scanner sending USB packets (a pause every 8–16 keys)',
    'scanner with a stutter (1–2 pauses of 41–120 ms)',
    'kiosk session (typing and scans in turn, 0.2–2 s apart)',
  ])('%s: every scan found, exactly, and nothing else', (family) => {
    const m = run(family);
    expect(m.expectedScans).toBeGreaterThanOrEqual(TRACES_PER_FAMILY);
    expect(m.truePositives).toBe(m.expectedScans);
    expect(m.falsePositives).toBe(0);
  });

  it.each(['person 80–400 ms per key', 'fast typist (40–150 ms, rollover bursts of up to 4 keys at 5–35 ms)'])(
    '%s: never taken for a scan',
    (family) => {
      expect(run(family)).toMatchObject({ expectedScans: 0, truePositives: 0, falsePositives: 0 });
    },
  );

  it('a scanner that stutters three times in one code: nothing wrong is taken, nearly every scan found', () => {
    // A scan is lost only when the pauses leave no 8 keys in a row at scanner speed (the burst
    // test that keeps people's typing out): then it is missed, never misread.
    const m = run('scanner stuttering three times (3 pauses of 41–120 ms)');
    expect(m.falsePositives).toBe(0);
    expect(m.truePositives / m.expectedScans).toBeGreaterThanOrEqual(0.99);
  });
});
