import type { KioskSettings } from '../../shared/contract/settings.ts';

/** The settings the scanner service reads. */
export type ScannerSettings = Pick<
  KioskSettings,
  | 'scannerSource'
  | 'scannerHidPath'
  | 'scannerHidVendorId'
  | 'scannerHidProductId'
  | 'scannerSerialPath'
  | 'scannerSerialVendorId'
  | 'scannerSerialProductId'
  | 'scannerSerialBaudRate'
  | 'scannerSerialDataBits'
  | 'scannerSerialParity'
  | 'scannerSerialStopBits'
  | 'scannerSerialFraming'
  | 'scannerSerialTimeoutMs'
  | 'scannerDuplicateWindowMs'
  | 'scannerPrefix'
  | 'scannerSuffix'
  | 'receiptExtraPattern'
>;

/** The parse options of the receipt-code parser, as the lookup applies them. */
export function codeOptionsOf(settings: ScannerSettings): { prefix: string | null; suffix: string | null; extraPattern: string | null } {
  return { prefix: settings.scannerPrefix, suffix: settings.scannerSuffix, extraPattern: settings.receiptExtraPattern };
}
