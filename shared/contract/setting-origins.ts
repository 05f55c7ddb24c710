import type { SettingKey } from './settings.ts';

/** Where a setting change comes from: technician mode, `kiosk config set`, the district's heartbeat reply. */
export type SettingOrigin = 'technician' | 'cli' | 'district';

/**
 * The settings the district server may set in its heartbeat reply. Secrets, the kiosk's identity,
 * where it syncs from and its devices stay local: only someone at the kiosk sets them.
 */
export const DISTRICT_SETTABLE_KEYS = [
  'siteName',
  'idleTimeoutSec',
  'defaultLanguage',
  'syncIntervalSec',
  'siteAgencyCodes',
  'receiptExtraPattern',
  // The update feed and the unit's fields (province rollout) are the district's to set.
  'updateUrl',
  'unitFields',
  // What the citizen is told about the site: the district keeps these the same across its kiosks.
  'openingHours',
  'receptionCounter',
  'paymentCounter',
  'resultsCounter',
  'hotline',
  'complaintText',
  'complaintUrl',
  'publicLookupUrl',
] as const satisfies readonly SettingKey[];

/** Which settings each origin may change (technician mode and the shell: every one). */
export function maySet(origin: SettingOrigin, key: SettingKey): boolean {
  return origin !== 'district' || (DISTRICT_SETTABLE_KEYS as readonly SettingKey[]).includes(key);
}

/** Settings the sync schedule reads: a change to one starts the schedule again. */
export const SYNC_SETTING_KEYS = [
  'districtServerUrl',
  'districtProtocol',
  'districtCaPem',
  'syncIntervalSec',
  'kioskId',
] as const satisfies readonly SettingKey[];
