import type { SettingKey } from './settings.ts';

/** Where a setting change comes from: technician mode, `kiosk config set`, the district's heartbeat reply. */
export type SettingOrigin = 'technician' | 'cli' | 'district';

/**
 * Who may set each setting besides someone at the kiosk (technician mode and the shell set every
 * one). Every setting of the schema answers here, so a new one cannot be forgotten: `district`,
 * the district server may set it in its heartbeat reply; `kiosk`, only someone at the kiosk
 * (secrets, the kiosk's identity, where it syncs from, its devices and its screen).
 */
const SET_BY = {
  // What the citizen is told about the site: the district keeps these the same across its kiosks.
  siteName: 'district',
  siteLevel: 'district',
  siteAgencyCodes: 'district',
  unitFields: 'district',
  openingHours: 'district',
  receptionCounter: 'district',
  paymentCounter: 'district',
  resultsCounter: 'district',
  hotline: 'district',
  complaintText: 'district',
  complaintUrl: 'district',
  publicLookupUrl: 'district',
  // The district's policy for its kiosks (the update feed: the province rollout).
  idleTimeoutSec: 'district',
  defaultLanguage: 'district',
  syncIntervalSec: 'district',
  receiptExtraPattern: 'district',
  updateUrl: 'district',
  // Only someone at the kiosk.
  dossierRetentionDays: 'kiosk',
  districtServerUrl: 'kiosk',
  districtProtocol: 'kiosk',
  districtCaPem: 'kiosk',
  kioskId: 'kiosk',
  scannerPrefix: 'kiosk',
  scannerSuffix: 'kiosk',
  scannerSource: 'kiosk',
  scannerHidPath: 'kiosk',
  scannerHidVendorId: 'kiosk',
  scannerHidProductId: 'kiosk',
  scannerSerialPath: 'kiosk',
  scannerSerialVendorId: 'kiosk',
  scannerSerialProductId: 'kiosk',
  scannerSerialBaudRate: 'kiosk',
  scannerSerialDataBits: 'kiosk',
  scannerSerialParity: 'kiosk',
  scannerSerialStopBits: 'kiosk',
  scannerSerialFraming: 'kiosk',
  scannerSerialTimeoutMs: 'kiosk',
  scannerDuplicateWindowMs: 'kiosk',
  scannerPosition: 'kiosk',
  scannerCameraDeviceId: 'kiosk',
  scannerCameraResolution: 'kiosk',
  receiptPrinter: 'kiosk',
  receiptPrinterPaperDots: 'kiosk',
  receiptPrinterCut: 'kiosk',
  largeText: 'kiosk',
  highContrast: 'kiosk',
  orientation: 'kiosk',
} as const satisfies Record<SettingKey, 'district' | 'kiosk'>;

/** The settings the district server may set in its heartbeat reply. */
export const DISTRICT_SETTABLE_KEYS = (Object.keys(SET_BY) as SettingKey[]).filter((key) => SET_BY[key] === 'district');

/** Which settings each origin may change (technician mode and the shell: every one). */
export function maySet(origin: SettingOrigin, key: SettingKey): boolean {
  return origin !== 'district' || SET_BY[key] === 'district';
}

/** Settings the sync schedule reads: a change to one starts the schedule again. */
export const SYNC_SETTING_KEYS = [
  'districtServerUrl',
  'districtProtocol',
  'districtCaPem',
  'syncIntervalSec',
  'kioskId',
] as const satisfies readonly SettingKey[];
