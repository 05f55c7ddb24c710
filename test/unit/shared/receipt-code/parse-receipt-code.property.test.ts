import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseFailureReason } from '../../../../shared/contract/kiosk-api.ts';
import { formatReceiptCode, parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions, ReceiptCodeParse } from '../../../../shared/receipt-code/index.ts';

const DIGITS = [...'0123456789'];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const LOWER_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: length, maxLength: length });

const agency = fc
  .tuple(digits(3), digits(2), digits(2), fc.constantFrom(...LETTERS), digits(2))
  .map(([a, b, c, letter, d]) => `${a}.${b}.${c}.${letter}${d}`);

const DAY_MS = 86_400_000;
const isoDate = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2099, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

const receipt = fc
  .record({ agency, date: isoDate, seq: fc.integer({ min: 4, max: 8 }).chain(digits) })
  .map((parts) => ({ ...parts, code: formatReceiptCode(parts) }));

type Receipt = { agency: string; date: string; seq: string; code: string };
type Scan = { raw: string; options?: ReceiptCodeOptions };

const expectCode = (scan: Scan, { agency, date, seq, code }: Receipt): void => {
  expect(parseReceiptCode(scan.raw, scan.options)).toEqual({ ok: true, format: 'standard', code, agency, date, seq });
};

const isRealDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

// --- how codes arrive -------------------------------------------------------------

const AIM_CODE_LETTERS = [...LETTERS, ...LOWER_LETTERS];
const aimIdentifier = fc
  .tuple(fc.constantFrom(...AIM_CODE_LETTERS), fc.constantFrom(...DIGITS, ...LETTERS, ...LOWER_LETTERS))
  .map(([letter, modifier]) => `]${letter}${modifier}`);
const aimIdentifiers = fc.array(aimIdentifier, { minLength: 1, maxLength: 2 }).map((ids) => ids.join(''));

const TERMINATORS = ['', '\r', '\n', '\r\n', '\t', '\x04', '\0', ' \r\n'];
const terminator = fc.constantFrom(...TERMINATORS);

// A configured prefix or suffix: printable ASCII (no `]`, which would be taken for an
// AIM identifier) with the odd control character, as set in scanner programming.
const affixCharacter = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).filter((c) => c !== 0x5d).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\x02', '\x03', '\x1d', '\t', '\r') },
);
const affix = fc.string({ unit: affixCharacter, minLength: 1, maxLength: 8 });

const wrappedByScanner = (r: Receipt) =>
  fc
    .record({
      prefix: fc.option(affix, { nil: undefined }),
      suffix: fc.option(affix, { nil: undefined }),
      aim: fc.option(aimIdentifiers, { nil: '' }),
      aimFirst: fc.boolean(),
      end: terminator,
    })
    .map(({ prefix = '', suffix = '', aim, aimFirst, end }): Scan => ({
      raw: `${aimFirst ? aim + prefix : prefix + aim}${r.code}${suffix}${end}`,
      options: { prefix, suffix },
    }));

const percentEncodeEverything = (s: string) =>
  [...new TextEncoder().encode(s)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

const encodedInUrl = (code: string) =>
  fc
    .constantFrom<(s: string) => string>(
      (s) => s,
      encodeURIComponent,
      percentEncodeEverything,
      (s) => percentEncodeEverything(s).toLowerCase(),
      (s) => percentEncodeEverything(s).replaceAll('%', '%25'),
    )
    .map((encode) => encode(code));

const host = fc.constantFrom(
  'https://dichvucong.travinh.gov.vn',
  'https://dichvucong.gov.vn',
  'http://motcua.quan3.hochiminhcity.gov.vn',
  'http://10.0.0.12:8080',
  'dvc.gov.vn',
  'https://[::1',
);
const pathSegment = fc.string({ unit: fc.constantFrom(...LOWER_LETTERS, '-', '_'), minLength: 1, maxLength: 12 });
const path = fc.array(pathSegment, { maxLength: 3 }).map((segments) => segments.map((s) => `/${s}`).join(''));
const queryValue = fc.string({ unit: fc.constantFrom(...LOWER_LETTERS, ...DIGITS, '-', '_', '%'), maxLength: 10 });
const otherParameters = fc.array(fc.tuple(pathSegment, queryValue), { maxLength: 3 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`));

const inUrlPath = (r: Receipt) =>
  fc
    .tuple(host, path, encodedInUrl(r.code), fc.constantFrom('', '/', '#ket-qua', '/#', '?lang=vi', '/?t=1#top'))
    .map(([base, route, code, tail]): Scan => ({ raw: `${base}${route}/${code}${tail}` }));

const parameterName = fc.oneof(
  fc.constantFrom('maHoSo', 'ma_ho_so', 'code', 'MaHoSo', 'hoso', 'mahs', 'q'),
  fc.string({ unit: fc.constantFrom(...LOWER_LETTERS, ...LETTERS, '_'), minLength: 1, maxLength: 10 }),
);
const inUrlQuery = (r: Receipt) =>
  fc
    .tuple(host, path, parameterName, encodedInUrl(r.code), otherParameters, otherParameters, fc.constantFrom('', '#x'))
    .map(([base, route, name, code, before, after, fragment]): Scan => ({
      raw: `${base}${route}?${[...before, `${name}=${code}`, ...after].join('&')}${fragment}`,
    }));

const inMixedCase = (r: Receipt) =>
  fc
    .array(fc.boolean(), { minLength: r.code.length, maxLength: r.code.length })
    .map((lower): Scan => ({ raw: [...r.code].map((c, i) => (lower[i] ? c.toLowerCase() : c)).join('') }));

const toFullWidth = (s: string) =>
  [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

const inFullWidth = (r: Receipt) =>
  fc.tuple(fc.boolean(), fc.constantFrom('', '\u3000')).map(([lower, space]): Scan => ({
    raw: `${space}${toFullWidth(lower ? r.code.toLowerCase() : r.code)}${space}`,
  }));

const DASH_VARIANTS = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d'];
const SPACES = ['', ' ', '  ', '\u00a0', '\u3000', '\u2009'];
const withOddSeparators = (r: Receipt) =>
  fc
    .array(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...DASH_VARIANTS), fc.constantFrom(...SPACES)), {
      minLength: 6,
      maxLength: 6,
    })
    .map((choices): Scan => {
      let i = 0;
      const raw = r.code.replace(/[.-]/g, (separator) => {
        const [before, dash, after] = choices[i++ % choices.length] ?? ['', '-', ''];
        return `${before}${separator === '-' ? dash : separator}${after}`;
      });
      return { raw };
    });

// Control characters a scanner never means as a line or field break vanish anywhere.
const invisibleCharacter = fc.constantFrom('\0', '\x01', '\x02', '\x03', '\x04', '\x06', '\x1b', '\x7f', '\x80', '\x8d', '\x9f', '\u200b', '\ufeff', '\u00ad');
// Line and field separators are breaks: they may sit at the ends and around separators.
const separatorCharacter = fc.constantFrom('\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85');

const withControlCharacters = (r: Receipt) =>
  fc
    .record({
      invisible: fc.array(fc.tuple(fc.nat(), invisibleCharacter), { maxLength: 6 }),
      breaks: fc.array(fc.tuple(fc.nat(), separatorCharacter), { maxLength: 6 }),
      start: fc.string({ unit: fc.oneof(invisibleCharacter, separatorCharacter), maxLength: 4 }),
      end: fc.string({ unit: fc.oneof(invisibleCharacter, separatorCharacter), maxLength: 4 }),
    })
    .map(({ invisible, breaks, start, end }): Scan => {
      const chars = [...r.code];
      const breakable = chars.flatMap((c, i) => (c === '.' || c === '-' ? [i, i + 1] : []));
      for (const [at, control] of breaks) {
        const index = breakable[at % breakable.length] ?? 0;
        chars[index] = index < chars.length ? control + chars[index] : control;
      }
      for (const [at, control] of invisible) {
        const index = at % chars.length;
        chars[index] = control + chars[index];
      }
      return { raw: `${start}${chars.join('')}${end}` };
    });

const inSentence = (r: Receipt) =>
  fc
    .tuple(
      fc.constantFrom('Mã hồ sơ: ', 'Số hồ sơ ', 'MHS:', '', 'Giấy tiếp nhận hồ sơ\nMã: '),
      fc.constantFrom('', '.', ' - UBND huyện Càng Long', '\nNgày hẹn trả: 20/09/2023', '\n0912345678'),
    )
    .map(([before, after]): Scan => ({ raw: `${before}${r.code}${after}` }));

const FORMS = {
  'scanner prefix, suffix and AIM identifiers': wrappedByScanner,
  'lookup URL path': inUrlPath,
  'lookup URL query parameter': inUrlQuery,
  'lower and mixed case': inMixedCase,
  'full-width': inFullWidth,
  'other dashes and stray spaces': withOddSeparators,
  'control characters': withControlCharacters,
  'surrounding text': inSentence,
};

describe('every valid code parses back from', () => {
  it.each(Object.entries(FORMS))('%s', (_name, form) => {
    fc.assert(fc.property(receipt.chain((r) => form(r).map((scan) => ({ r, scan }))), ({ r, scan }) => expectCode(scan, r)), {
      numRuns: 300,
    });
  });

  it('all forms combined', () => {
    const combined = receipt.chain((r) =>
      fc
        .record({
          text: fc.oneof(inMixedCase(r), withOddSeparators(r), fc.constant({ raw: r.code })),
          fullWidth: fc.boolean(),
          url: fc.constantFrom('none', 'path', 'query'),
          scanner: wrappedByScanner(r),
          controls: fc.tuple(fc.string({ unit: invisibleCharacter, maxLength: 2 }), fc.string({ unit: separatorCharacter, maxLength: 2 })),
        })
        .chain(({ text, fullWidth, url, scanner, controls }) => {
          const body = fullWidth ? toFullWidth(text.raw) : text.raw;
          const located = url === 'none' ? fc.constant(body) : (url === 'path' ? inUrlPath : inUrlQuery)({ ...r, code: body }).map((s) => s.raw);
          return located.map((inner): { r: Receipt; scan: Scan } => ({
            r,
            scan: { raw: scanner.raw.replace(r.code, () => `${controls[0]}${inner}${controls[1]}`), options: scanner.options },
          }));
        }),
    );
    fc.assert(fc.property(combined, ({ r, scan }) => expectCode(scan, r)), { numRuns: 500 });
  });
});

describe('dates', () => {
  const yymmdd = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }));
  const pad = (n: number) => String(n).padStart(2, '0');

  it('a code is accepted exactly when its date is a real calendar date, and keeps that date', () => {
    fc.assert(
      fc.property(agency, yymmdd, digits(4), (agencyCode, [yy, mm, dd], seq) => {
        const result = parseReceiptCode(`${agencyCode}-${pad(yy)}${pad(mm)}${pad(dd)}-${seq}`);
        if (isRealDate(2000 + yy, mm, dd)) expect(result).toMatchObject({ ok: true, date: `20${pad(yy)}-${pad(mm)}-${pad(dd)}` });
        else expect(result).toEqual({ ok: false, reason: 'bad-date' });
      }),
      { numRuns: 2000 },
    );
  });

  it('the same holds for a date group in a site pattern', () => {
    const extraPattern = '(?<code>HS(?<date>\\d{6}))';
    fc.assert(
      fc.property(yymmdd, ([yy, mm, dd]) => {
        const result = parseReceiptCode(`hs${pad(yy)}${pad(mm)}${pad(dd)}`, { extraPattern });
        if (isRealDate(2000 + yy, mm, dd)) expect(result).toMatchObject({ ok: true, format: 'extra', date: `20${pad(yy)}-${pad(mm)}-${pad(dd)}` });
        else expect(result).toEqual({ ok: false, reason: 'bad-date' });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('never throws', () => {
  const STANDARD_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-(\d{2})(\d{2})(\d{2})-\d{4,8}$/;

  const checkResult = (result: ReceiptCodeParse): void => {
    if (!result.ok) {
      expect(ParseFailureReason.safeParse(result.reason).success).toBe(true);
      return;
    }
    if (result.format === 'extra') return;
    const [, yy = '', mm = '', dd = ''] = STANDARD_CODE.exec(result.code) ?? expect.fail(`not canonical: ${result.code}`);
    expect(isRealDate(2000 + Number(yy), Number(mm), Number(dd))).toBe(true);
    expect(result.code).toBe(formatReceiptCode({ agency: result.agency, date: result.date ?? '', seq: result.seq }));
  };

  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
  const codeLike = fc.constantFrom(...'0123456789.-]%Hh: /?=&', '\r', '\n', '\0', '\x1d', '．', '－', '０', '\ud800', '\udc00', 'Đ', 'ễ');
  const arbitraryText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: codeUnit }),
    fc.string({ unit: codeLike, maxLength: 120 }),
    receipt.chain((r) => fc.tuple(fc.string({ unit: codeLike, maxLength: 10 }), fc.string({ unit: codeLike, maxLength: 10 })).map(([a, b]) => a + r.code + b)),
  );
  const options = fc.option(
    fc.record(
      {
        prefix: fc.option(fc.string({ unit: 'binary', maxLength: 6 })),
        suffix: fc.option(fc.string({ unit: 'binary', maxLength: 6 })),
        extraPattern: fc.option(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.constantFrom('(?<code>\\d+)', '(?<code>H(?<date>\\d+))(?<seq>.)?', '(?<code>', '(?<code>.)\\'))),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );

  it('on arbitrary text and options', () => {
    fc.assert(fc.property(arbitraryText, options, (raw, opts) => checkResult(parseReceiptCode(raw, opts))), { numRuns: 3000 });
  });

  it('on long text', () => {
    const longText = fc.oneof(
      fc.string({ unit: 'binary', minLength: 3000, maxLength: 5000 }),
      fc.string({ unit: codeLike, minLength: 3000, maxLength: 5000 }),
    );
    fc.assert(fc.property(longText, (raw) => checkResult(parseReceiptCode(raw))), { numRuns: 100 });
  });

  it('on input that is not a string at all', () => {
    for (const raw of [undefined, null, 42, {}, []]) {
      expect(parseReceiptCode(raw as unknown as string, null as unknown as ReceiptCodeOptions)).toMatchObject({ ok: false });
    }
  });
});
