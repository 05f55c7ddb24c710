import type { DossierRecord, OwedFee, ResultDelivery } from '../../shared/contract/index.ts';

/**
 * What a district may say about a dossier beyond its status and dates: the officer's note on
 * what to supplement, the fees still owed, how the result is handed over and the names of the
 * result documents. Stored as one small JSON column (`details_json`), absent for most dossiers.
 */
export interface DossierDetails {
  supplementNote: string | null;
  feesOwed: readonly OwedFee[];
  resultDelivery: ResultDelivery | null;
  resultDocuments: readonly string[];
}

export const NO_DETAILS: DossierDetails = { supplementNote: null, feesOwed: [], resultDelivery: null, resultDocuments: [] };

/** The details of a record the contract accepted, or null when it carries none. */
export function detailsOfRecord(r: DossierRecord): DossierDetails | null {
  const details: DossierDetails = {
    supplementNote: r.supplementNote ?? null,
    feesOwed: r.feesOwed ?? [],
    resultDelivery: r.resultDelivery ?? null,
    resultDocuments: r.resultDocuments ?? [],
  };
  return hasDetails(details) ? details : null;
}

const hasDetails = (d: DossierDetails): boolean =>
  d.supplementNote !== null || d.feesOwed.length > 0 || d.resultDelivery !== null || d.resultDocuments.length > 0;

/** The stored form: only the parts present; null when there are none. */
export function detailsToJson(details: DossierDetails | null | undefined): string | null {
  if (!details || !hasDetails(details)) return null;
  return JSON.stringify({
    ...(details.supplementNote !== null ? { note: details.supplementNote } : {}),
    ...(details.feesOwed.length > 0 ? { fees: details.feesOwed.map((f) => [f.name, f.amountVnd]) } : {}),
    ...(details.resultDelivery !== null ? { delivery: details.resultDelivery } : {}),
    ...(details.resultDocuments.length > 0 ? { results: details.resultDocuments } : {}),
  });
}

export function detailsFromJson(json: string | null): DossierDetails {
  if (json === null) return NO_DETAILS;
  const stored = JSON.parse(json) as { note?: string; fees?: [string, number | null][]; delivery?: ResultDelivery; results?: string[] };
  return {
    supplementNote: stored.note ?? null,
    feesOwed: (stored.fees ?? []).map(([name, amountVnd]) => ({ name, amountVnd })),
    resultDelivery: stored.delivery ?? null,
    resultDocuments: stored.results ?? [],
  };
}
