import { z } from 'zod';
import { AnswerFreshness, DossierFreshness } from './answer-freshness.ts';
import { CameraChoice } from './camera.ts';
import { DossierView } from './dossier.ts';
import { IDLE_TIMEOUT_MAX_SEC, IDLE_TIMEOUT_MIN_SEC } from './idle-timeout.ts';
import { printMethods } from './print.ts';
import { speechMethods } from './speech.ts';
import { procedureMethods } from './procedure.ts';
import { ScannerPosition, ScannerSourceKind, scannerMethods } from './scanner.ts';
import { ratingMethods } from './rating.ts';
import { statisticsMethods } from './statistics.ts';
import { technicianEvents, technicianMethods } from './technician.ts';

export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

/** Where a lookup's code came from: a scanner source, or the on-screen keypad. */
export const ScanSource = z.enum([...ScannerSourceKind.options, 'keypad']);
export type ScanSource = z.infer<typeof ScanSource>;

/** Why a raw scan could not be read as a dossier code. */
export const ParseFailureReason = z.enum([
  'empty',
  'too-long',
  'no-code',
  'bad-agency',
  'bad-date',
  'bad-sequence',
]);
export type ParseFailureReason = z.infer<typeof ParseFailureReason>;

export const SyncStatus = z.object({
  state: z.enum(['demo', 'idle', 'syncing', 'error', 'never']),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** The site settings the citizen's screens show (shared/contract/settings.ts); null when not set. */
export const SiteGuidance = z.object({
  openingHours: z.string().nullable(),
  receptionCounter: z.string().nullable(),
  paymentCounter: z.string().nullable(),
  resultsCounter: z.string().nullable(),
  hotline: z.string().nullable(),
  complaintText: z.string().nullable(),
  complaintUrl: z.string().nullable(),
  publicLookupUrl: z.string().nullable(),
});
export type SiteGuidance = z.infer<typeof SiteGuidance>;

export const KioskInfo = z.object({
  version: z.string(),
  demo: z.boolean(),
  siteName: z.string(),
  defaultLanguage: Language,
  idleTimeoutSec: z.number().int().min(IDLE_TIMEOUT_MIN_SEC).max(IDLE_TIMEOUT_MAX_SEC),
  sync: SyncStatus,
  /** The site's large-text and high-contrast defaults: what the kiosk returns to at idle. */
  accessibility: z.object({ largeText: z.boolean(), highContrast: z.boolean() }).optional(),
  /** Where the scanner is on this kiosk (the attract screen's arrow). */
  scannerPosition: ScannerPosition.optional(),
  /** What every answer tells the citizen about this site: hours, counters, hotline, complaint route, lookup QR. */
  site: SiteGuidance.optional(),
  /** A receipt printer is configured: the result offers "print". */
  receiptPrinter: z.boolean().optional(),
  /** The camera the renderer reads as its scanner; null unless the scanner source is `camera`. */
  camera: CameraChoice.nullable().optional(),
});
export type KioskInfo = z.infer<typeof KioskInfo>;

export const LookupInput = z.object({
  raw: z.string().max(4096),
  source: ScanSource,
});
export type LookupInput = z.infer<typeof LookupInput>;

export const LookupResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), dossier: DossierView, dataAsOf: z.iso.datetime().nullable(), freshness: AnswerFreshness.optional() }),
  z.object({ kind: z.literal('unreadable'), reason: ParseFailureReason }),
  z.object({ kind: z.literal('not-found'), code: z.string(), dataAsOf: z.iso.datetime().nullable(), freshness: AnswerFreshness.optional() }),
  /** `agency`: the receiving agency's code; `agencyName`: its name when the kiosk knows the agency. */
  z.object({ kind: z.literal('other-agency'), code: z.string(), agency: z.string(), agencyName: z.string().nullable().default(null) }),
  /** Too many codes that missed (or typed) in a row: the host answers again after this wait. */
  z.object({ kind: z.literal('wait'), retryAfterSec: z.number().int().positive() }),
]);
export type LookupResult = z.infer<typeof LookupResult>;

const NoInput = z.object({}).strict();

/**
 * Every call the UI can make. Both transports (IPC in Electron, loopback HTTP in any
 * Chromium) carry exactly these, and the host validates input and output against them.
 */
export const kioskMethods = {
  getKioskInfo: { input: NoInput, output: KioskInfo },
  lookupDossier: { input: LookupInput, output: LookupResult },
  ...procedureMethods,
  ...scannerMethods,
  ...statisticsMethods,
  ...ratingMethods,
  ...printMethods,
  ...speechMethods,
  ...technicianMethods,
} as const;

export type KioskMethodName = keyof typeof kioskMethods;
export type MethodInput<M extends KioskMethodName> = z.input<(typeof kioskMethods)[M]['input']>;
export type MethodOutput<M extends KioskMethodName> = z.output<(typeof kioskMethods)[M]['output']>;

export type KioskApi = {
  [M in KioskMethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export const isKioskMethodName = (name: string): name is KioskMethodName =>
  Object.prototype.hasOwnProperty.call(kioskMethods, name);

/** Scans from host-side scanners (HID, serial), pushed to the UI. */
export const ScanEvent = z.object({ raw: z.string().max(4096), source: ScanSource, at: z.iso.datetime() });
export type ScanEvent = z.infer<typeof ScanEvent>;

/** Everything the host pushes to the UI. */
export const kioskEvents = {
  scan: ScanEvent,
  syncStatus: SyncStatus,
  /** A scan's background check with the district server finished (answer-freshness.ts). */
  dossierFreshness: DossierFreshness,
  ...technicianEvents,
} as const;
export type KioskEventName = keyof typeof kioskEvents;
export type KioskEvent = { [E in KioskEventName]: { type: E; payload: z.infer<(typeof kioskEvents)[E]> } }[KioskEventName];
