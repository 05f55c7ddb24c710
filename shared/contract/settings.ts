import { z } from 'zod';
import { Language } from './kiosk-api.ts';

/**
 * Every kiosk setting with its validation and default. One schema serves the technician
 * screen, the CLI and configuration sent by the district server.
 */
export const settingsSchema = {
  siteName: z.string().trim().min(1).max(200).default('Bộ phận Một cửa'),
  idleTimeoutSec: z.number().int().min(10).max(3600).default(90),
  defaultLanguage: Language.default('vi'),
  /** The kiosk's own agencies (QCVN 102:2016 codes); a code from any other gets "another agency". */
  siteAgencyCodes: z.array(z.string().regex(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/, 'an agency code such as 000.00.12.H53')).max(100).default([]),
  districtServerUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  syncIntervalSec: z.number().int().min(30).max(86_400).default(300),
  /** Sent in every request as X-Kiosk-Id; generated at first start when not set. */
  kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dot, dash, underscore').nullable().default(null),
  receiptExtraPattern: z.string().min(1).max(500).nullable().default(null),
  scannerPrefix: z.string().max(20).nullable().default(null),
  scannerSuffix: z.string().max(20).nullable().default(null),
} as const;

export const KioskSettings = z.object(settingsSchema);
export type KioskSettings = z.infer<typeof KioskSettings>;
export type SettingKey = keyof typeof settingsSchema;

export const isSettingKey = (key: string): key is SettingKey =>
  Object.prototype.hasOwnProperty.call(settingsSchema, key);
