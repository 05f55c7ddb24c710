import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HidReportReader } from '../../../../electron/scanners/hid/hid-report-reader.ts';
import { scanBytesToText } from '../../../../electron/scanners/scan-bytes.ts';
import { check, FUZZ_TIMEOUT_MS, never, report } from './scan-fuzz-inputs.ts';

const RUNS = 200_000;

describe('fuzzing the HID path', () => {
  it(`reads ${RUNS} generated report sequences as HID POS, keyboard or unknown`, () => {
    let generated = 0;
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), fc.constantFrom('hid-pos', 'keyboard', 'other' as const), (reports, role) => {
        generated += 1;
        const reader = new HidReportReader(
          role,
          {
            scan: (bytes) => check(scanBytesToText(bytes)),
            ignored: (_r, reason) => {
              if (reason === '') throw new Error('an ignored report without a reason');
            },
          },
          never,
        );
        for (const r of reports) reader.push(r);
        reader.close();
      }),
      { numRuns: RUNS },
    );
    expect(generated).toBeGreaterThanOrEqual(RUNS);
  }, FUZZ_TIMEOUT_MS);
});
