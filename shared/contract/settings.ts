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
  districtServerUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  receiptExtraPattern: z.string().min(1).max(500).nullable().default(null),
  scannerPrefix: z.string().max(20).nullable().default(null),
  scannerSuffix: z.string().max(20).nullable().default(null),
} as const;

export const KioskSettings = z.object(settingsSchema);
export type KioskSettings = z.infer<typeof KioskSettings>;
export type SettingKey = keyof typeof settingsSchema;

export const isSettingKey = (key: string): key is SettingKey =>
  Object.prototype.hasOwnProperty.call(settingsSchema, key);
