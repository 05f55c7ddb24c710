import type { DossierDetails } from './dossier-details.ts';

/** A cached dossier with its interned strings resolved. */
export interface DossierRow {
  code: string;
  version: number;
  agencyCode: string;
  agencyName: string | null;
  procedureCode: string | null;
  procedureName: string;
  fieldName: string | null;
  applicantMasked: string | null;
  status: number;
  receivedAt: number;
  dueAt: number | null;
  finishedAt: number | null;
  returnedAt: number | null;
  missingDocuments: string[];
  feeVnd: number | null;
  resultCounter: string | null;
  timeline: { at: number; department: string; action: string }[];
  updatedAt: number;
  details: DossierDetails;
}

export const fromUnixSeconds = (s: number): string => new Date(s * 1000).toISOString();
export const fromUnixSecondsOrNull = (s: number | null): string | null => (s === null ? null : fromUnixSeconds(s));
