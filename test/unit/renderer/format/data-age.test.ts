import { describe, expect, it } from 'vitest';
import { t } from '../../../../shared/i18n/index.ts';
import type { Language } from '../../../../shared/contract/index.ts';
import { dataAge } from '../../../../renderer/format/data-age.ts';

const translate = (lang: Language) => ((key: string, params?: Record<string, string | number>) => (t as (l: Language, k: string, p?: unknown) => string)(lang, key, params)) as Parameters<typeof dataAge>[0];
const now = Date.parse('2026-12-07T02:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('how old the data on screen is, in words', () => {
  it('says just now, minutes, hours, then days, in Vietnamese and English', () => {
    const vi = translate('vi');
    expect(dataAge(vi, ago(20_000), now)).toBe('vừa xong');
    expect(dataAge(vi, ago(27 * 60_000), now)).toBe('27 phút trước');
    expect(dataAge(vi, ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3 giờ trước');
    expect(dataAge(vi, ago(50 * 3_600_000), now)).toBe('2 ngày trước');
    expect(dataAge(translate('en'), ago(27 * 60_000), now)).toBe('27 min ago');
  });

  it('a time ahead of the kiosk clock (a server clock a little fast) reads as just now', () => {
    expect(dataAge(translate('vi'), ago(-90_000), now)).toBe('vừa xong');
  });
});
