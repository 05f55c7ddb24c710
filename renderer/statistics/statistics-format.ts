import type { Language, OnTimeCount } from '../../shared/contract/index.ts';
import { t, UNKNOWN_VALUE } from '../../shared/i18n/index.ts';

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

const percent = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
} as const;

/** `62,5%` on Vietnamese screens, `62.5%` on English ones; a dash when nothing was finished. */
export function formatRate(lang: Language, rate: number | null): string {
  return rate === null ? UNKNOWN_VALUE : percent[lang].format(rate);
}

/** `2026-11` → `11/2026`. */
export function monthNumeric(month: string): string {
  const [year, m] = month.split('-');
  return `${m}/${year}`;
}

/** `2026-11` → `T11` / `Nov`; with the year under it on the first bar and in January. */
export function monthAxisLabel(lang: Language, month: string, withYear: boolean): string {
  const [year, m] = month.split('-');
  const name = t(lang, `stats.month.${Number(m) as MonthNumber}`);
  return withYear ? `${name}\n${year}` : name;
}

/** "Hộ tịch: 80% (8/10 hồ sơ)", for the chart's text alternative. */
export function barDescription(lang: Language, name: string, count: OnTimeCount): string {
  if (count.rate === null) return t(lang, 'stats.barNone', { name });
  return t(lang, 'stats.barLabel', { name, rate: formatRate(lang, count.rate), onTime: count.onTime, finished: count.finished });
}
