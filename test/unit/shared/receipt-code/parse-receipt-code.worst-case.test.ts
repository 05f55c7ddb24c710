import { describe, expect, it } from 'vitest';
import { parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import { WORST_CASE_OPTIONS, WORST_CASE_SCANS } from '../../../support/worst-case-scans.ts';

// Speed on these inputs is measured by test/bench/receipt-code.bench.ts; here, only the answer.
describe('parseReceiptCode on adversarial input', () => {
  it.each(Object.entries(WORST_CASE_SCANS))('%s: refused, not hung', (_name, raw) => {
    expect(parseReceiptCode(raw, WORST_CASE_OPTIONS).ok).toBe(false);
  });
});
