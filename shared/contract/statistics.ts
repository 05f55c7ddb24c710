import { z } from 'zod';

/** A calendar month in Vietnam time, `YYYY-MM`. */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export type MonthKey = z.infer<typeof MonthKey>;

/**
 * Tỷ lệ giải quyết đúng hạn: of the dossiers finished (status 9 or 10) in a period, how many
 * were finished on or before their due date. `rate` is `onTime / finished`, null when
 * nothing was finished. Finished dossiers without a due date are left out of both counts.
 */
export const OnTimeCount = z.object({
  finished: z.number().int().nonnegative(),
  onTime: z.number().int().nonnegative(),
  rate: z.number().min(0).max(1).nullable(),
});
export type OnTimeCount = z.infer<typeof OnTimeCount>;

export const MonthOnTime = OnTimeCount.extend({ month: MonthKey });
export type MonthOnTime = z.infer<typeof MonthOnTime>;

/** One field (lĩnh vực) or one processing agency. `name` is null for dossiers without a field. */
export const OnTimeGroup = z.object({
  key: z.string().max(64),
  name: z.string().max(300).nullable(),
  thisMonth: OnTimeCount,
  last12Months: OnTimeCount,
});
export type OnTimeGroup = z.infer<typeof OnTimeGroup>;

/** The centre's own performance, computed from the kiosk's cache. */
export const KioskStatistics = z.object({
  computedAt: z.iso.datetime(),
  /** The current month in Vietnam time. */
  thisMonth: MonthKey,
  thisMonthOnTime: OnTimeCount,
  /** This month and the eleven before it. */
  last12MonthsOnTime: OnTimeCount,
  /** Twelve entries, the oldest first, the current month last. */
  months: z.array(MonthOnTime).length(12),
  /** Groups with at least one finished dossier in the last 12 months, the busiest first. */
  byField: z.array(OnTimeGroup).max(500),
  byAgency: z.array(OnTimeGroup).max(500),
  /** Đang giải quyết: received and not finished (statuses 2, 4, 5, 6). */
  processing: z.number().int().nonnegative(),
  /** Of those, how many are past their due date now. */
  overdue: z.number().int().nonnegative(),
  /** When the cache last heard from the district server (or loaded demo / imported data). */
  dataAsOf: z.iso.datetime().nullable(),
});
export type KioskStatistics = z.infer<typeof KioskStatistics>;

export const statisticsMethods = {
  getStatistics: { input: z.object({}).strict(), output: KioskStatistics },
} as const;
