import { describe, expect, it } from 'vitest';
import { en, LANGUAGES, catalogues, placeholdersOf, statusName, statusSentence, t, timingLabel, vi } from '../../../../shared/i18n/index.ts';
import { Timing } from '../../../../shared/contract/index.ts';

describe('the catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const viKeys = Object.keys(vi).sort();
    for (const lang of LANGUAGES) expect(Object.keys(catalogues[lang]).sort()).toEqual(viKeys);
  });

  it('have no empty message', () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('use the same {parameters} in every language', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(vi[key]));
    }
  });

  it('write Vietnamese with its diacritics (no ASCII-only sentences sneaked in)', () => {
    expect(vi['home.scanPrompt']).toBe('Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét');
    // A Vietnamese sentence of three words or more without a single diacritic was typed without them.
    const asciiOnly = Object.entries(vi).filter(
      ([key, text]) => key !== 'lang.en' && text.trim().split(/\s+/).length >= 3 && !/[^\x20-\x7e]/.test(text),
    );
    expect(asciiOnly).toEqual([]);
  });

  it('is NFC-normalised, so the font draws composed Vietnamese letters', () => {
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues[lang])) expect(text, key).toBe(text.normalize('NFC'));
    }
  });
});

describe('t()', () => {
  it('fills in parameters', () => {
    expect(t('vi', 'sync.asOf', { time: '14:05 15/09/2023' })).toBe('Dữ liệu cập nhật lúc 14:05 15/09/2023');
    expect(t('en', 'idle.countdown', { seconds: 7 })).toBe('In 7 seconds the kiosk returns to Home and clears what you looked at.');
  });

  it('leaves a text without parameters as it is', () => {
    expect(t('vi', 'home.typeCode')).toBe('Nhập mã hồ sơ');
    expect(t('en', 'home.typeCode')).toBe('Type the dossier code');
  });
});

describe('statusSentence()', () => {
  it('has a distinct plain sentence for each of the ten status codes in both languages', () => {
    for (const lang of LANGUAGES) {
      const sentences = new Set<string>();
      for (let status = 1; status <= 10; status++) {
        const sentence = statusSentence(lang, status);
        expect(sentence).toMatch(/[.!]$/);
        sentences.add(sentence);
      }
      expect(sentences.size).toBe(10);
    }
  });

  it('says a result sent by post goes by post (9, 10), never that it waits at the counter', () => {
    expect(statusSentence('vi', 9, 'post')).toBe(
      'Hồ sơ đã được giải quyết xong. Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.',
    );
    expect(statusSentence('vi', 10, 'post')).toBe('Kết quả đã được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    expect(statusSentence('en', 10, 'post')).toBe('The result has been sent by post to the address you registered.');
    expect(statusSentence('vi', 9, 'counter')).toBe(statusSentence('vi', 9));
    expect(statusSentence('vi', 9)).toContain('đến nhận');
    // Post is said only of a result: the status of a dossier still in progress does not change.
    expect(statusSentence('vi', 4, 'post')).toBe(statusSentence('vi', 4));
  });

  it('uses the glossary’s terms and no district level in every status sentence', () => {
    for (let status = 1; status <= 10; status++) {
      for (const delivery of [null, 'post'] as const) {
        const sentence = statusSentence('vi', status, delivery);
        expect(sentence).not.toMatch(/huyện|quận|thị xã|người nộp|cơ quan chuyên môn/i);
      }
    }
  });

  it('says what to do when documents are missing (status 5)', () => {
    expect(statusSentence('vi', 5)).toBe(
      'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang các giấy tờ dưới đây đến Bộ phận Một cửa.',
    );
  });

  it('names the status with the portal’s official term', () => {
    expect(statusName('vi', 4)).toBe('Đang xử lý');
    expect(statusName('vi', 10)).toBe('Đã trả kết quả');
    expect(statusName('en', 10)).toBe('Result returned');
  });
});

describe('timingLabel()', () => {
  it('labels every timing in both languages', () => {
    expect(timingLabel('vi', 'overdue')).toBe('Quá hạn');
    expect(timingLabel('vi', 'on-time')).toBe('Đúng hạn');
    expect(timingLabel('vi', 'early')).toBe('Trước hạn');
    expect(timingLabel('en', 'overdue')).toBe('Overdue');
    for (const lang of LANGUAGES) for (const timing of Timing.options) expect(timingLabel(lang, timing)).not.toBe('');
  });
});
