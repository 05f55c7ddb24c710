import fc from 'fast-check';
import { ParseFailureReason } from '../../../../shared/contract/kiosk-api.ts';
import { formatReceiptCode, parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions } from '../../../../shared/receipt-code/index.ts';
import type { Timers } from '../../../../electron/scanners/timers.ts';

/**
 * Inputs for fuzzing the one normaliser and parser behind every scanner source (scan-fuzz-*.test.ts,
 * 1.1 million generated inputs in all): text as any source may deliver it, and raw bytes for the
 * serial framer and the HID report readers. No input may throw or hang, and every rejection must
 * carry one of the contract's reasons.
 */
export const FUZZ_TIMEOUT_MS = 600_000;

const REASONS = new Set<string>(ParseFailureReason.options);

/** Parses one input and checks the result is a code or a known reason. */
export function check(raw: string, options?: ReceiptCodeOptions): void {
  const result = parseReceiptCode(raw, options);
  if (result.ok ? result.code.length === 0 : !REASONS.has(result.reason)) {
    throw new Error(`unexpected parse ${JSON.stringify(result)} of ${JSON.stringify(raw)}`);
  }
}

/** Timers that never fire: the tests flush by closing. */
export const never: Timers = { setTimeout: () => null, clearTimeout: () => undefined };

const DIGIT = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.string({ unit: DIGIT, minLength: n, maxLength: n });
const code = fc
  .tuple(digits(3), digits(2), digits(2), fc.constantFrom(...'AHZ'), digits(2), fc.integer({ min: 0, max: 36524 }), digits(4))
  .map(([a, b, c, l, d, day, seq]) => formatReceiptCode({ agency: `${a}.${b}.${c}.${l}${d}`, date: new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10), seq }));
const noise = fc.constantFrom(...'0123456789.-_]%Hh:/?=&#+ ', '\r', '\n', '\t', '\0', '\x1d', '\x04', '．', '－', '０', '\ud800', '\udc00', 'Đ', 'ễ', '\u00a0', '\u200b');
const noisy = fc.string({ unit: noise, maxLength: 16 });
const fullWidth = (s: string) => [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

/** Text as sources deliver it: arbitrary, code-shaped, wrapped, mutated, URL-encoded, full-width. */
export const scanText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 160 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: noise, maxLength: 120 }) },
  { weight: 3, arbitrary: fc.tuple(noisy, code, noisy).map(([a, c, b]) => a + c + b) },
  {
    weight: 2,
    arbitrary: fc.tuple(code, fc.nat(), fc.constantFrom(...'0123456789.-xX%', '', '--', '..')).map(([c, at, insert]) => {
      const i = at % (c.length + 1);
      return c.slice(0, i) + insert + c.slice(i + (at % 3 === 0 ? 1 : 0));
    }),
  },
  { weight: 1, arbitrary: code.map((c) => `https://dichvucong.example.gov.vn/tra-cuu?maHoSo=${encodeURIComponent(encodeURIComponent(c))}&x=%E1%BB%85%`) },
  { weight: 1, arbitrary: fc.tuple(noisy, code).map(([a, c]) => fullWidth(a + c)) },
);
export const scanOptions = fc.option(
  fc.record(
    {
      prefix: fc.option(fc.string({ unit: 'binary-ascii', maxLength: 6 })),
      suffix: fc.option(fc.string({ unit: 'binary-ascii', maxLength: 6 })),
      extraPattern: fc.option(fc.constantFrom('(?<code>HS-\\d{4}-(?<seq>\\d{6}))', '(?<code>[A-Z]{2}\\d{8})', '(?<code>\\d+)(?<date>\\d{6})', '(?<code>(a+)+)', '(')),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** Bytes on a wire: arbitrary, or text with suffixes and line noise, in any chunking. */
export const wireBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .array(fc.oneof(scanText.map((t) => Buffer.from(t, 'utf8')), fc.uint8Array({ maxLength: 8 }), fc.constantFrom(Buffer.from('\r'), Buffer.from('\r\n'), Buffer.from('\t'))), { maxLength: 6 })
    .map((parts) => Uint8Array.from(Buffer.concat(parts))),
);

/** Input reports: arbitrary lengths and bytes, and well-formed HID POS or keyboard reports with odd fields. */
export const report = fc.oneof(
  fc.uint8Array({ maxLength: 80 }),
  fc.tuple(fc.integer({ min: 0, max: 80 }), fc.uint8Array({ minLength: 56, maxLength: 56 }), fc.integer({ min: 0, max: 255 })).map(([length, data, flags]) => Uint8Array.from([2, length, 0x5d, 0x51, 0x31, ...data, 0, 0, flags])),
  fc.uint8Array({ minLength: 8, maxLength: 8 }),
);

