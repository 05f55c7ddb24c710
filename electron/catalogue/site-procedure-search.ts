import type { Database } from 'better-sqlite3';
import type { SettingsStore } from '../settings/settings-store.ts';
import { ProcedureSearch } from './procedure-search.ts';

/**
 * The procedure search as this site runs it, for the kiosk's screen and `kiosk search` alike:
 * only the unit's fields (`unitFields`), the site's own level first (`siteLevel`), both read at
 * each search so a change applies at once.
 */
export function siteProcedureSearch(db: Database, settings: Pick<SettingsStore, 'get'>): ProcedureSearch {
  return new ProcedureSearch(db, { unitFields: () => settings.get('unitFields'), siteLevel: () => settings.get('siteLevel') });
}
