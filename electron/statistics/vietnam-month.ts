/**
 * Calendar months in Vietnam time. Vietnam keeps UTC+7 all year (no daylight saving), so a
 * month starts at 17:00 UTC on the last day of the month before: a dossier finished at 23:30
 * UTC on 31 January was finished on 1 February in Vietnam.
 */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

export function vietnamMonthOf(ms: number): Month {
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/** The instant (UTC milliseconds) a Vietnam-time month begins. */
export function monthStartMs({ year, month }: Month): number {
  return Date.UTC(year, month - 1, 1) - VIETNAM_OFFSET_MS;
}

/** The month `n` months after `m` (n may be negative). */
export function addMonths({ year, month }: Month, n: number): Month {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const monthKey = ({ year, month }: Month): string => `${year}-${String(month).padStart(2, '0')}`;

/** The current month and the eleven before it, oldest first. */
export function lastTwelveMonths(now: Date): Month[] {
  const current = vietnamMonthOf(now.getTime());
  return Array.from({ length: 12 }, (_, i) => addMonths(current, i - 11));
}
