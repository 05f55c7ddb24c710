import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../renderer/statistics/wrap-label.ts';
import { NATIONAL_PROCEDURES_FILE } from '../../../support/national-data.ts';

const WIDTH = 30;
// Two-syllable words a break must never split (a few of the names' most common).
const WORDS = ['doanh nghiệp', 'đăng ký', 'đất đai', 'xây dựng', 'văn phòng', 'nhân dân', 'ủy ban', 'hoạt động', 'bảo hiểm', 'xã hội'];

const nationalFields = [
  ...new Set(
    fs
      .readFileSync(NATIONAL_PROCEDURES_FILE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { linh_vuc: string }).linh_vuc.normalize('NFC')),
  ),
];
const demoAgencies = [
  'Ủy ban nhân dân phường Sông Mây',
  'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây',
  'Ủy ban nhân dân xã Bến Mây',
  'Ủy ban nhân dân xã Suối Ngọc',
];

/** The two syllables either side of each line break. */
const breaks = (wrapped: string): string[] => {
  const lines = wrapped.split('\n');
  return lines.slice(1).map((line, i) => `${lines[i]!.split(' ').at(-1)} ${line.split(' ')[0]}`);
};

describe('chart labels', () => {
  it('break between words, never inside one, on every national field name and the demo agencies', () => {
    for (const name of [...nationalFields, ...demoAgencies]) {
      const wrapped = wrapLabel(name, WIDTH, 10);
      expect(wrapped.replace(/\n/g, ' '), name).toBe(name.split(/\s+/).join(' '));
      for (const pair of breaks(wrapped)) {
        expect(WORDS, `${name} → ${JSON.stringify(wrapped)}`).not.toContain(pair.toLocaleLowerCase('vi'));
        expect(pair, `a proper name split in ${JSON.stringify(wrapped)}`).not.toMatch(/^\p{Lu}\S*[^\s,;:)] \p{Lu}/u);
      }
      for (const line of wrapped.split('\n')) if (line.includes(' ')) expect(line.length, wrapped).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('breaks where a phrase opens', () => {
    expect(wrapLabel('Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)', WIDTH)).toBe('Thành lập và hoạt động\ndoanh nghiệp (hộ kinh doanh)');
    expect(wrapLabel('Ủy ban nhân dân phường Sông Mây', WIDTH)).toBe('Ủy ban nhân dân\nphường Sông Mây');
  });

  it('ends a name longer than its lines with an ellipsis', () => {
    const wrapped = wrapLabel('Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN và các khoản khác của người lao động', 20, 2);
    expect(wrapped.split('\n')).toHaveLength(2);
    expect(wrapped.endsWith('…')).toBe(true);
  });
});
