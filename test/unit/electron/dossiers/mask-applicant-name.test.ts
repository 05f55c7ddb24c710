import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskApplicantName } from '../../../../electron/dossiers/mask-applicant-name.ts';

/** The rule as first written (normalise, split on any white space, first code point of each word): the fast path must agree with it. */
function maskedAsRuled(name: string | null | undefined): string | null {
  const words = (name ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const first = (w: string) => Array.from(w)[0] ?? '';
  if (words.length === 1) return `${first(words[0]!)}***`;
  return [words[0]!, ...words.slice(1, -1).map((w) => `${first(w)}.`), `${first(words.at(-1)!)}***`].join(' ');
}

const pieces = ['Nguyễn', 'Thị', 'Ánh', 'Đặng', 'Ư', 'ơ', 'Ł', 'é', 'e\u0301', 'A\u0300', '\u0301', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '😀', '𝔄', 'x', '×', '÷', 'ß', 'Ǆ', 'ǅ', 'ẞ', 'ı', ''];

describe('maskApplicantName', () => {
  it('masks every name as the rule says, whether or not it takes the fast path for plain names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        expect(maskApplicantName(name)).toBe(maskedAsRuled(name));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        expect(maskApplicantName(name)).toBe(maskedAsRuled(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('every character the fast path takes as plain is its own NFC, with no neighbour it composes with', () => {
    const plain: string[] = [];
    for (let c = 0; c <= 0x1eff; c += 1) {
      const s = String.fromCharCode(c);
      // A one-letter name goes through the fast path exactly when its letter is plain.
      if (/\p{L}/u.test(s) && maskApplicantName(`${s} ${s}`) === `${s} ${s}***` && s.normalize('NFC') === s) plain.push(s);
    }
    expect(plain.length).toBeGreaterThan(600);
    for (const a of plain) for (const b of ['e', 'Ê', 'ơ', 'Ư', 'ạ']) expect(`${a}${b}`.normalize('NFC')).toBe(`${a}${b}`);
  });
});
