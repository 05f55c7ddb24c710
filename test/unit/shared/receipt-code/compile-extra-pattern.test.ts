import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { compileExtraPattern, parseReceiptCode } from '../../../../shared/receipt-code/index.ts';

describe('compileExtraPattern', () => {
  it.each([
    '(?<code>HS-\\d{4,})',
    '^(?<code>(?<agency>UB[A-Z]{2})/(?<date>\\d{6})/(?<seq>\\d+))$',
    '(?<code>(?:\\d{2}\\.){3}\\d+)',
    '(?<code>[A-Z]{2}\\d+)(?:-(?<seq>\\d+))?',
  ])('accepts %s, case-insensitively', (source) => {
    const compiled = compileExtraPattern(source);
    expect(compiled).toMatchObject({ ok: true });
    if (compiled.ok) expect(compiled.pattern.flags() & RE2JS.CASE_INSENSITIVE).toBeTruthy();
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['(?<code>[a-z]+', 'not a valid regular expression'],
    ['(?<code>a)(?<code>b)', 'not a valid regular expression'],
    ['\\', 'not a valid regular expression'],
    ['HS-(\\d+)', 'named group (?<code>'],
    ['(?<ma>\\d+)', 'named group (?<code>'],
    ['(?<code>\\d*)', 'matches empty text'],
    ['(?<code>\\d+)|', 'matches empty text'],
    ['^$|(?<code>\\d+)', 'matches empty text'],
    ['(?<code>x?)', 'matches empty text'],
    ['(?<code>\\d+)(?=\\s)', 'linear time (no lookaround'],
    ['(?<code>(a)\\1)', 'linear time (no lookaround'],
    ['(?<code>a{2000})', 'linear time'],
    [`(?<code>${'a'.repeat(1001)})`, 'longer than'],
  ])('rejects %j (%s)', (source, message) => {
    const compiled = compileExtraPattern(source);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.message).toContain(message);
  });

  it('accepts nested repetition, which the linear-time engine runs safely', () => {
    for (const source of ['(?<code>\\(\\d+\\)+)', '(?<code>[(]\\d+[)]+)', '(?<code>(?:\\d{2}\\.)+\\d+)', '(?<code>(\\w+\\.?)+)', '(?<code>((ab)+c)+)']) {
      expect(compileExtraPattern(source)).toMatchObject({ ok: true });
    }
  });

  // With a backtracking RegExp these took 0.25 s (24 digits) and 2.5 s (400 digits), doubling
  // or worse with every digit: on 4,000 characters the test would never end (vitest's timeout).
  it.each([
    ['(?<code>(?:\\d|\\d)+)X', '1'.repeat(4000)],
    ['(?<code>\\d+\\d+\\d+Z)', '1'.repeat(4000)],
    ['(?<code>(a*)*b)', 'a'.repeat(4000)],
  ])('runs %s on a long near miss in linear time', (extraPattern, raw) => {
    expect(compileExtraPattern(extraPattern)).toMatchObject({ ok: true });
    expect(parseReceiptCode(raw, { extraPattern })).toMatchObject({ ok: false });
  });

  it('keeps the named groups code, agency, date and seq', () => {
    const extraPattern = '(?<code>(?<agency>UB[A-Z]{2})/(?<date>\\d{6})/(?<seq>\\d+))';
    expect(parseReceiptCode('phieu: ubxa/230915/0042', { extraPattern })).toEqual({
      ok: true,
      code: 'UBXA/230915/0042',
      agency: 'UBXA',
      date: '2023-09-15',
      seq: '0042',
      format: 'extra',
    });
  });

  it('never throws', () => {
    for (const source of [null, undefined, 42, '(?<code>\ud800)', '(?<code>.)\\k<nope>', '[', '(?<code>a){99999999999}']) {
      expect(() => compileExtraPattern(source as string)).not.toThrow();
    }
  });
});
