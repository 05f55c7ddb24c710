// npm run bench:receipt-code — parse time of a typical scan and of adversarial input, against
// the baseline of a bare anchored RegExp test of the canonical code (the least any parser does).
import { parseReceiptCode } from '../../shared/receipt-code/index.ts';
import { WORST_CASE_OPTIONS, WORST_CASE_SCANS } from '../support/worst-case-scans.ts';
import { percentile, recordBenchResult, round } from './bench-results.ts';

const TYPICAL = ']Q1https://dichvucong.travinh.gov.vn/tra-cuu?maHoSo=000.00.12.H53%2D230915%2D0003\r\n';
const CANONICAL = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4,8}$/;

function timeEach(runs: number, work: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

for (let i = 0; i < 2000; i += 1) parseReceiptCode(TYPICAL);
const typical = timeEach(20_000, () => parseReceiptCode(TYPICAL));
const baseline = timeEach(20_000, () => CANONICAL.test('000.00.12.H53-230915-0003'));
const worst = Object.entries(WORST_CASE_SCANS).map(([name, raw]) => {
  const samples = timeEach(20, () => parseReceiptCode(raw, WORST_CASE_OPTIONS));
  return { name, p50Ms: round(percentile(samples, 50)), maxMs: round(samples.at(-1)!) };
});
// Site patterns (receiptExtraPattern) that backtrack catastrophically in a RegExp, on a scan of
// digits that nearly matches. Before RE2JS: 251 ms at 24 digits for the first (doubling with
// each digit) and 2.5 s at 400 digits for the second (34 s at 800).
const SITE_PATTERNS: Record<string, string> = {
  'alternation of equals, repeated': '(?<code>(?:\\d|\\d)+)X',
  'three adjacent repeats': '(?<code>\\d+\\d+\\d+Z)',
  'repeat of a repeat': '(?<code>(a*)*b)',
};
const sitePatterns = Object.entries(SITE_PATTERNS).flatMap(([name, extraPattern]) =>
  [24, 800, 4000].map((length) => {
    const raw = (name === 'repeat of a repeat' ? 'a' : '1').repeat(length);
    const samples = timeEach(10, () => parseReceiptCode(raw, { extraPattern }));
    return { name: `${name} (${length} chars)`, p50Ms: round(percentile(samples, 50)), maxMs: round(samples.at(-1)!) };
  }),
);
const figures = {
  typicalMedianUs: round(percentile(typical, 50) * 1000, 2),
  typicalP99Us: round(percentile(typical, 99) * 1000, 2),
  baselineRegexMedianUs: round(percentile(baseline, 50) * 1000, 3),
  worstCaseMaxMs: Math.max(...worst.map((w) => w.maxMs)),
  sitePatternMaxMs: Math.max(...sitePatterns.map((w) => w.maxMs)),
};
console.log('receipt-code parse (µs):', figures);
console.table(worst);
console.table(sitePatterns);
recordBenchResult('receipt-code', { ...figures, worst, sitePatterns });
