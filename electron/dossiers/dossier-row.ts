/** One row of the dossiers table, as better-sqlite3 returns it. */
export interface DossierRow {
  code: string;
  version: number;
  agency_code: string;
  agency_name: string | null;
  procedure_code: string | null;
  procedure_name: string;
  field_name: string | null;
  applicant_masked: string | null;
  status: number;
  received_at: number;
  due_at: number | null;
  finished_at: number | null;
  returned_at: number | null;
  missing_json: string | null;
  fee_vnd: number | null;
  result_counter: string | null;
  timeline_json: string;
  updated_at: number;
}

export const toUnixSeconds = (iso: string | null | undefined): number | null =>
  iso ? Math.floor(Date.parse(iso) / 1000) : null;

export const fromUnixSeconds = (s: number): string => new Date(s * 1000).toISOString();
export const fromUnixSecondsOrNull = (s: number | null): string | null => (s === null ? null : fromUnixSeconds(s));
