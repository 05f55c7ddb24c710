import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, FUZZ_TIMEOUT_MS, scanOptions, scanText } from './scan-fuzz-inputs.ts';

const RUNS = 700_000;

describe('fuzzing the parser with text as any source may deliver it', () => {
  it(`parses ${RUNS} generated scans with any options: no exception, every rejection with its reason`, () => {
    let generated = 0;
    fc.assert(
      fc.property(scanText, scanOptions, (raw, options) => {
        generated += 1;
        check(raw, options);
      }),
      { numRuns: RUNS },
    );
    expect(generated).toBeGreaterThanOrEqual(RUNS);
  }, FUZZ_TIMEOUT_MS);
});
