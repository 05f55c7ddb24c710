import { describe, expect, it } from 'vitest';
import { documentGlosses, en, vi } from '../../../../shared/i18n/index.ts';

describe('plain glosses for document kinds', () => {
  it('explains a certified copy once, not also as a plain copy, and finds words without diacritics', () => {
    expect(documentGlosses(['Bản sao có chứng thực Giấy chứng nhận quyền sử dụng đất'])).toEqual(['answer.gloss.certifiedCopy']);
    expect(documentGlosses(['Ban sao co chung thuc CCCD', 'Bản sao hợp đồng thuê', 'Mảnh trích đo địa chính thửa đất'])).toEqual([
      'answer.gloss.certifiedCopy',
      'answer.gloss.copy',
      'answer.gloss.cadastralSurvey',
    ]);
    expect(documentGlosses(['Bản chính Giấy khai sinh', 'bản chính giấy khai sinh'])).toEqual(['answer.gloss.original']);
  });

  it('says nothing for documents it has no gloss for, and does not match inside other words', () => {
    expect(documentGlosses(['Đơn đề nghị', 'Tờ khai'])).toEqual([]);
    expect(documentGlosses(['Văn bản saobang'])).toEqual([]);
  });

  it('has every gloss in both languages', () => {
    for (const key of ['answer.gloss.certifiedCopy', 'answer.gloss.copy', 'answer.gloss.original', 'answer.gloss.cadastralSurvey'] as const) {
      expect(vi[key]).toMatch(/^“/);
      expect(en[key]).toMatch(/^“/);
    }
  });
});
