import type { useI18n } from '../i18n/I18nContext.tsx';

type Translate = ReturnType<typeof useI18n>['t'];

const MINUTE_MS = 60_000;

/** "12 phút trước", "3 giờ trước", "2 ngày trước": how long ago `at` was, in whole units. */
export function dataAge(t: Translate, at: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(at)) / MINUTE_MS);
  if (!(minutes >= 1)) return t('freshness.age.justNow');
  if (minutes < 60) return t('freshness.age.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('freshness.age.hours', { n: hours });
  return t('freshness.age.days', { n: Math.floor(hours / 24) });
}
