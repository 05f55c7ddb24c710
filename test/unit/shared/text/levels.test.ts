import { describe, expect, it } from 'vitest';
import { levelsPhrase } from '../../../../shared/text/levels.ts';

describe('levels in a sentence', () => {
  it('keeps the capital of the first level only', () => {
    expect(levelsPhrase(['Cấp tỉnh', 'Cấp xã'])).toBe('Cấp tỉnh, cấp xã');
    expect(levelsPhrase(['Cấp xã', 'Cơ quan khác'])).toBe('Cấp xã, cơ quan khác');
    expect(levelsPhrase(['Cấp xã'])).toBe('Cấp xã');
    expect(levelsPhrase([])).toBe('');
  });
});
