import { z } from 'zod';
import { Language } from './kiosk-api.ts';
import { scannerSettingsSchema } from './scanner.ts';
import { isLookupUrlTemplate } from './lookup-url.ts';
import { IDLE_TIMEOUT_MAX_SEC, IDLE_TIMEOUT_MIN_SEC } from './idle-timeout.ts';
import { isPrinterUri, PRINTER_URI_FORMS } from './printer-address.ts';

/**
 * Every kiosk setting with its validation and default. One schema serves the technician
 * screen, the CLI and configuration sent by the district server.
 */
export const settingsSchema = {
  /** The site as citizens know it, shown in the header, e.g. "Trung tâm Phục vụ hành chính công phường Sông Mây". */
  siteName: z.string().trim().min(1).max(200).default('Trung tâm Phục vụ hành chính công'),
  idleTimeoutSec: z.number().int().min(IDLE_TIMEOUT_MIN_SEC).max(IDLE_TIMEOUT_MAX_SEC).default(90),
  defaultLanguage: Language.default('vi'),
  /** The kiosk's own agencies (QCVN 102:2016 codes); a code from any other gets "another agency". */
  siteAgencyCodes: z.array(z.string().regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/, 'an agency code such as 000.00.12.H53')).max(100).default([]),
  districtServerUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  /**
   * What the district server speaks: `kiosk`, the kiosk's own sync protocol, or `national`, the
   * national portal's field names with its TraCuuHoSo lookup (docs/national-format.md).
   */
  districtProtocol: z.enum(['kiosk', 'national']).default('kiosk'),
  /** PEM of a CA to trust for the district server instead of the system's (a pinned CA). */
  districtCaPem: z
    .string()
    .max(20_000)
    .regex(/^\s*-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/, 'a PEM certificate (-----BEGIN CERTIFICATE----- …)')
    .nullable()
    .default(null),
  syncIntervalSec: z.number().int().min(30).max(86_400).default(300),
  /** Days a dossier stays cached after it was returned or closed (privacy: then it is purged). */
  dossierRetentionDays: z.number().int().min(7).max(3650).default(90),
  /**
   * Where Electron's updater finds new versions (latest.yml, electron-updater's generic
   * provider); null: `updates/` under districtServerUrl. HTTPS only.
   */
  updateUrl: z.url({ protocol: /^https$/ }).nullable().default(null),
  /**
   * The fields (lĩnh vực, by name as the catalogue writes them) of the kiosk's own unit:
   * procedures of other fields are not shown. Empty: the unit shows every field.
   */
  unitFields: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
  /** The site's level: a commune, ward or special-zone centre, or the province's; its procedures come first in search. */
  siteLevel: z.enum(['commune', 'province']).default('commune'),
  /** Sent in every request as X-Kiosk-Id; generated at first start when not set. */
  kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash, underscore').nullable().default(null),
  receiptExtraPattern: z.string().min(1).max(500).nullable().default(null),
  scannerPrefix: z.string().max(20).nullable().default(null),
  scannerSuffix: z.string().max(20).nullable().default(null),
  /** Scanner source, device and port settings (shared/contract/scanner.ts). */
  ...scannerSettingsSchema,
  /** The site's opening hours as citizens read them (e.g. "Thứ Hai – Thứ Sáu: 7:30–11:30, 13:30–17:00"). */
  openingHours: z.string().trim().min(1).max(300).nullable().default(null),
  /** Where documents are received and questions answered (tiếp nhận hồ sơ). */
  receptionCounter: z.string().trim().min(1).max(200).nullable().default(null),
  /** Where fees and charges are paid. */
  paymentCounter: z.string().trim().min(1).max(200).nullable().default(null),
  /** Quầy trả kết quả, when the dossier names none. */
  resultsCounter: z.string().trim().min(1).max(200).nullable().default(null),
  /** Đường dây nóng: digits, spaces, dots or dashes, an optional leading +. */
  hotline: z
    .string()
    .trim()
    .regex(/^\+?\d[\d .-]{1,18}\d$/, 'a phone number such as 1900 1234 or 0236.3822.111')
    .nullable()
    .default(null),
  /** How to send phản ánh, kiến nghị at this site, in words (e.g. "Hòm thư góp ý ở sảnh tầng 1"). */
  complaintText: z.string().trim().min(1).max(500).nullable().default(null),
  /** The page for phản ánh, kiến nghị online, shown as an address and a QR code. HTTPS only. */
  complaintUrl: z.url({ protocol: /^https$/ }).max(300).nullable().default(null),
  /**
   * The public lookup of a dossier (provincial or national portal) with {code} where the dossier
   * code goes; the result screen's QR opens it on the citizen's phone. HTTPS only.
   */
  publicLookupUrl: z
    .string()
    .trim()
    .max(300)
    .refine(isLookupUrlTemplate, 'an https:// address with {code} once, such as https://dichvucong.example.gov.vn/tra-cuu?ma={code}')
    .nullable()
    .default(null),
  /** The receipt printer (e.g. tcp://10.0.0.9:9100, a serial path); null: none, and nothing offers to print. */
  receiptPrinter: z.string().trim().min(1).max(200).refine(isPrinterUri, PRINTER_URI_FORMS).nullable().default(null),
  /** The printer's paper in dots at 203 dpi: 576 for an 80 mm roll, 384 for 58 mm. */
  receiptPrinterPaperDots: z.union([z.literal(576), z.literal(384)]).default(576),
  /** The printer has a cutter: each slip is cut off; without one, paper is fed out to tear. */
  receiptPrinterCut: z.boolean().default(true),
  largeText: z.boolean().default(false),
  highContrast: z.boolean().default(false),
  orientation: z.enum(['auto', 'portrait', 'landscape']).default('auto'),
} as const;

export const KioskSettings = z.object(settingsSchema);
export type KioskSettings = z.infer<typeof KioskSettings>;
export type SettingKey = keyof typeof settingsSchema;

export const isSettingKey = (key: string): key is SettingKey =>
  Object.prototype.hasOwnProperty.call(settingsSchema, key);
