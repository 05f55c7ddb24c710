import { describe, expect, it } from 'vitest';
import { compileExtraPattern } from '../../../shared/receipt-code/index.ts';

describe('compileExtraPattern', () => {
  it.each([
    '(?<code>HS-\\d{4,})',
    '^(?<code>(?<agency>UB[A-Z]{2})/(?<date>\\d{6})/(?<seq>\\d+))$',
    '(?<code>(?:\\d{2}\\.){3}\\d+)',
    '(?<code>[A-Z]{2}\\d+)(?:-(?<seq>\\d+))?',
  ])('accepts %s, case-insensitively', (source) => {
    const compiled = compileExtraPattern(source);
    expect(compiled).toMatchObject({ ok: true });
    if (compiled.ok) expect(compiled.regex.flags).toContain('i');
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
    ['(?<code>(\\w+\\.?)+)', 'repeats a group'],
    ['(?<code>(a*)*b)', 'repeats a group'],
    ['(?<code>(?:[A-Z]+\\d+){2,})', 'repeats a group'],
    ['(?<code>((ab)+c)+)', 'repeats a group'],
    [`(?<code>${'a'.repeat(1001)})`, 'longer than'],
  ])('rejects %j (%s)', (source, message) => {
    const compiled = compileExtraPattern(source);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.message).toContain(message);
  });

  it('does not mistake escaped parentheses, classes or lookarounds for repeated groups', () => {
    for (const source of ['(?<code>\\(\\d+\\)+)', '(?<code>[(]\\d+[)]+)', '(?<code>\\d+)(?=\\s)+?', '(?<code>(?:\\d{2}\\.)+\\d+)']) {
      expect(compileExtraPattern(source)).toMatchObject({ ok: true });
    }
  });

  it('never throws', () => {
    for (const source of [null, undefined, 42, '(?<code>\ud800)', '(?<code>.)\\k<nope>', '[', '(?<code>a){99999999999}']) {
      expect(() => compileExtraPattern(source as string)).not.toThrow();
    }
  });
});
