import { z } from 'zod';

/** National portal status codes (TrangThaiHoSo), 1–10. */
export const DossierStatus = z.number().int().min(1).max(10);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** How the dossier stands against its due date (NgayHenTra). */
export const Timing = z.enum(['early', 'on-time', 'overdue', 'in-progress', 'not-applicable']);
export type Timing = z.infer<typeof Timing>;

const isoUtc = z.iso.datetime();

export const TimelineEntry = z.object({
  at: isoUtc,
  department: z.string().max(200),
  action: z.string().max(500),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A fee or charge the applicant still has to pay (national portal: DanhSachLePhi). */
export const OwedFee = z.object({
  name: z.string().min(1).max(300),
  amountVnd: z.number().int().nonnegative().nullable(),
});
export type OwedFee = z.infer<typeof OwedFee>;

/** How the result is handed over: at the results counter, or by post (national portal: HinhThuc). */
export const ResultDelivery = z.enum(['counter', 'post']);
export type ResultDelivery = z.infer<typeof ResultDelivery>;

/**
 * What the citizen should do next, derived from the status and the dossier's data. The
 * optional parts are there only when the district sent them.
 */
export const NextStep = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('supplement'),
    documents: z.array(z.string().max(300)).max(50),
    /** The officer's words on what to supplement (NoiDungBoSung). */
    note: z.string().max(1000).optional(),
  }),
  z.object({ kind: z.literal('pay'), amountVnd: z.number().int().nonnegative().nullable(), fees: z.array(OwedFee).max(20).optional() }),
  z.object({
    kind: z.literal('collect'),
    counter: z.string().max(200).nullable(),
    delivery: ResultDelivery.optional(),
    /** Names of the result documents (DanhSachGiayToKetQua). */
    documents: z.array(z.string().max(300)).max(50).optional(),
  }),
  /** The result has been handed over (10): at the counter, or sent by post. */
  z.object({ kind: z.literal('returned'), counter: z.string().max(200).nullable(), delivery: ResultDelivery.optional() }),
  z.object({ kind: z.literal('wait') }),
  z.object({ kind: z.literal('contact-desk') }),
  z.object({ kind: z.literal('none') }),
]);
export type NextStep = z.infer<typeof NextStep>;

/** A dossier as the kiosk shows it: already masked, nothing personal beyond a masked name. */
export const DossierView = z.object({
  code: z.string(),
  procedureCode: z.string().nullable(),
  procedureName: z.string(),
  fieldName: z.string().nullable(),
  agencyName: z.string().nullable(),
  applicantMasked: z.string().nullable(),
  status: DossierStatus,
  receivedAt: isoUtc,
  dueAt: isoUtc.nullable(),
  finishedAt: isoUtc.nullable(),
  returnedAt: isoUtc.nullable(),
  timing: Timing,
  timeline: z.array(TimelineEntry),
  nextStep: NextStep,
  updatedAt: isoUtc,
});
export type DossierView = z.infer<typeof DossierView>;

/**
 * A dossier as it enters the kiosk (demo file, sync, import). Applicant names arrive in
 * full and are masked before they are stored; phone and ID numbers are never accepted.
 */
export const DossierRecord = z.object({
  code: z.string().min(1).max(64),
  version: z.number().int().nonnegative(),
  agencyCode: z.string().max(32),
  agencyName: z.string().max(300).nullable().optional(),
  procedureCode: z.string().max(32).nullable().optional(),
  procedureName: z.string().min(1).max(500),
  fieldName: z.string().max(300).nullable().optional(),
  applicantName: z.string().max(200).nullable().optional(),
  status: DossierStatus,
  receivedAt: isoUtc,
  dueAt: isoUtc.nullable().optional(),
  finishedAt: isoUtc.nullable().optional(),
  returnedAt: isoUtc.nullable().optional(),
  missingDocuments: z.array(z.string().max(300)).max(50).optional(),
  feeVnd: z.number().int().nonnegative().nullable().optional(),
  resultCounter: z.string().max(200).nullable().optional(),
  supplementNote: z.string().max(1000).nullable().optional(),
  feesOwed: z.array(OwedFee).max(20).optional(),
  resultDelivery: ResultDelivery.nullable().optional(),
  resultDocuments: z.array(z.string().max(300)).max(50).optional(),
  timeline: z.array(TimelineEntry).max(200).default([]),
  deleted: z.boolean().optional(),
});
export type DossierRecord = z.infer<typeof DossierRecord>;
export type DossierRecordInput = z.input<typeof DossierRecord>;
