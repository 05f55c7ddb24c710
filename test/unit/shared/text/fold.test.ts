import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../../shared/text/fold.ts';

// Each vowel with no tone, then huyền, sắc, hỏi, ngã, nặng.
const VOWELS_WITH_EVERY_TONE: Record<string, string> = {
  a: 'aàáảãạ ăằắẳẵặ âầấẩẫậ AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ',
  e: 'eèéẻẽẹ êềếểễệ EÈÉẺẼẸ ÊỀẾỂỄỆ',
  i: 'iìíỉĩị IÌÍỈĨỊ',
  o: 'oòóỏõọ ôồốổỗộ ơờớởỡợ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ',
  u: 'uùúủũụ ưừứửữự UÙÚỦŨỤ ƯỪỨỬỮỰ',
  y: 'yỳýỷỹỵ YỲÝỶỸỴ',
};

describe('foldVietnamese', () => {
  it.each(Object.entries(VOWELS_WITH_EVERY_TONE))('folds every form of %s', (base, forms) => {
    const letters = [...forms.replaceAll(' ', '')];
    expect(letters.length % 6).toBe(0);
    for (const letter of letters) expect(foldVietnamese(letter)).toBe(base);
    expect(foldVietnamese(forms)).toBe(forms.split(' ').map((group) => base.repeat(group.length)).join(' '));
  });

  it('folds the same letters when they arrive decomposed (NFD, as from macOS)', () => {
    const all = Object.values(VOWELS_WITH_EVERY_TONE).join(' ');
    expect(foldVietnamese(all.normalize('NFD'))).toBe(foldVietnamese(all));
  });

  it.each([
    ['Đ', 'd'],
    ['đ', 'd'],
    ['Đăng ký khai sinh', 'dang ky khai sinh'],
    ['đăng KÝ kết hôn', 'dang ky ket hon'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['Cấp Giấy chứng nhận quyền sử dụng đất', 'cap giay chung nhan quyen su dung dat'],
    ['Thủ tục hành chính', 'thu tuc hanh chinh'],
    ['Người nước ngoài', 'nguoi nuoc ngoai'],
    ['Ðăng ký (U+00D0 for Đ)', 'dang ky (u+00d0 for d)'],
    ['  Đăng\tký \n\u00a0 khai\u3000sinh  ', 'dang ky khai sinh'],
    ['Hộ tịch', 'ho tich'],
    ['Quốc tịch', 'quoc tich'],
    ['chứng thực', 'chung thuc'],
    ['Giấy phép lái xe hạng B2', 'giay phep lai xe hang b2'],
    ['plain ascii', 'plain ascii'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('makes a search without diacritics find the name', () => {
    const names = ['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp bản sao trích lục hộ tịch'];
    const query = foldVietnamese('dang ky ');
    expect(names.filter((name) => foldVietnamese(name).includes(query))).toEqual(names.slice(0, 2));
  });

  it('leaves no tone marks, no đ, no upper case and no stray whitespace, and is idempotent', () => {
    const vietnamese = fc.constantFrom(...[...Object.values(VOWELS_WITH_EVERY_TONE).join('')], 'Đ', 'đ', 'b', 'N', ' ', '\t', '\n', '\u00a0');
    const text = fc.oneof(fc.string({ unit: vietnamese }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldVietnamese(s);
        expect(folded).not.toMatch(/[\u0300-\u036f]|đ|Đ|\s\s|^\s|\s$/u);
        expect(foldVietnamese(folded)).toBe(folded);
      }),
      { numRuns: 1000 },
    );
  });

  it('maps Vietnamese text to plain ASCII letters', () => {
    const vietnamese = fc.constantFrom(...[...Object.values(VOWELS_WITH_EVERY_TONE).join('')], 'Đ', 'đ', 'b', 'N', 'g', 'h', ' ');
    fc.assert(
      fc.property(fc.string({ unit: vietnamese }), (s) => {
        expect(foldVietnamese(s)).toMatch(/^[a-z ]*$/);
      }),
    );
  });
});
