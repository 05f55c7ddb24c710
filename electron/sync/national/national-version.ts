import { fail, firstPresent, shown } from './national-fields.ts';
import type { NationalRecord } from './national-fields.ts';

/**
 * The portal's dossier services (DongBoHoSoMC, CapNhatTienDoHoSoMC) carry no version, yet the
 * kiosk's cache keeps a dossier only when a newer version arrives. The version is derived from
 * what a dossier's progress only ever adds to (docs/national-format.md, "Version"):
 *
 *   version = latest event time (unix seconds) × 2^20 + progress count
 *
 * Event times are the times of things that happened, never a due date (due dates may move
 * back): NgayTiepNhan, NgayKetThucXuLy, NgayTra, NgayCapNhat, NgayXoa, each step's
 * ThoiDiemXuLy, each supplement request's NgayBoSung and NgayTiepNhanBoSung. The progress count
 * is the number of steps, supplement requests, received supplements, fees listed, result
 * documents, plus one each for a finish date, a return date and a deletion. A new step or
 * event either moves the latest time on (worth 2^20, more than any count) or adds to the
 * count at the same time, so the version never goes down; the same record always gives the
 * same version, so re-delivery changes nothing.
 *
 * A server that does send a version (Version or PhienBan) is taken at its word.
 */
export interface ProgressFacts {
  eventTimes: readonly number[];
  counts: readonly number[];
}

export const PROGRESS_BITS = 20;
const PROGRESS_LIMIT = 2 ** PROGRESS_BITS - 1;

export function explicitVersion(input: NationalRecord): number | undefined {
  const given = firstPresent(input, ['Version', 'PhienBan']);
  if (!given) return undefined;
  const [field, value] = given;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < 0) return fail(field, `${shown(value)} is not a version number`);
  return number;
}

/** What a national record says happened, as the adapter read it. */
export interface DossierHistory {
  times: readonly (number | null | undefined)[];
  steps: readonly { at: number }[];
  requests: readonly { requestedAt: number | null; receivedAt: number | null; received: boolean; feesListed: number }[];
  feesListed: number;
  resultDocuments: number;
  finished: boolean;
  returned: boolean;
  deleted: boolean;
}

/** The facts the version is built from (see above). */
export function progressFacts(h: DossierHistory): ProgressFacts {
  const times = [...h.times, ...h.steps.map((s) => s.at), ...h.requests.flatMap((r) => [r.requestedAt, r.receivedAt])];
  return {
    eventTimes: times.filter((t): t is number => typeof t === 'number'),
    counts: [
      h.steps.length,
      h.requests.length,
      h.requests.filter((r) => r.received).length,
      h.feesListed + h.requests.reduce((sum, r) => sum + r.feesListed, 0),
      h.resultDocuments,
      h.finished ? 1 : 0,
      h.returned ? 1 : 0,
      h.deleted ? 1 : 0,
    ],
  };
}

export function derivedVersion({ eventTimes, counts }: ProgressFacts): number {
  const latest = Math.max(...eventTimes);
  const progress = Math.min(
    counts.reduce((sum, n) => sum + n, 0),
    PROGRESS_LIMIT,
  );
  // Event dates are read only from 1970 to 2199 (national-dates.ts), so this stays below 2^53.
  return latest * 2 ** PROGRESS_BITS + progress;
}
