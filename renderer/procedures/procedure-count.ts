import type { I18n } from '../i18n/I18nContext.tsx';

/** "1 thủ tục" / "12 thủ tục" (English needs the singular apart). */
export function procedureCount(t: I18n['t'], count: number): string {
  return count === 1 ? t('procedures.countOne') : t('procedures.countMany', { count });
}

/** "Tìm thấy 12 thủ tục"; a list cut at the search's limit says it shows the best matches. */
export function resultsCount(t: I18n['t'], count: number, limit: number): string {
  if (count >= limit) return t('procedures.resultsTop', { count });
  return count === 1 ? t('procedures.resultsOne') : t('procedures.resultsMany', { count });
}
