import { describe, expect, it } from 'vitest';
import { Channel } from '../../../../shared/contract/index.ts';
import { proceduresEn } from '../../../../shared/i18n/procedures.en.ts';
import { proceduresVi } from '../../../../shared/i18n/procedures.vi.ts';
import { en, t, vi } from '../../../../shared/i18n/index.ts';

describe('the catalogue screens’ texts', () => {
  it('are all in the kiosk’s catalogues, under their own prefix', () => {
    for (const key of Object.keys(proceduresVi)) {
      expect(key.startsWith('procedures.'), key).toBe(true);
      expect(vi).toHaveProperty([key]);
      expect(en).toHaveProperty([key]);
    }
    expect(Object.keys(proceduresEn).sort()).toEqual(Object.keys(proceduresVi).sort());
  });

  it('name every channel with the portal’s term', () => {
    expect(Channel.options.map((c) => t('vi', `procedures.channel.${c}`))).toEqual(['Trực tiếp', 'Trực tuyến', 'Dịch vụ bưu chính', 'Cách thức khác']);
    for (const c of Channel.options) expect(t('en', `procedures.channel.${c}`)).not.toBe('');
  });

  it('use the glossary’s official terms', () => {
    expect(t('vi', 'procedures.documents')).toBe('Thành phần hồ sơ');
    expect(t('vi', 'procedures.original', { count: 1 })).toBe('Bản chính: 1');
    expect(t('vi', 'procedures.copy', { count: 2 })).toBe('Bản sao: 2');
    expect(t('vi', 'procedures.fieldsTitle')).toBe('Lĩnh vực');
    expect(t('vi', 'procedures.entryTitle')).toBe('Tra cứu thủ tục hành chính');
    expect(t('vi', 'procedures.steps')).toBe('Trình tự thực hiện');
    expect(t('vi', 'procedures.legalBasis')).toBe('Căn cứ pháp lý');
    expect(t('en', 'procedures.documents')).toBe('Required documents');
  });
});
