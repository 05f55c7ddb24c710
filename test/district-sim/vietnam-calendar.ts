/** Vietnam calendar arithmetic on Unix seconds. Vietnam is UTC+7 all year (no daylight saving). */
const OFFSET = 7 * 3600;
const DAY = 86_400;
const HOUR = 3600;

const MORNING_START = 7.5 * HOUR;
const MORNING_END = 11.5 * HOUR;
const AFTERNOON_START = 13.5 * HOUR;
const AFTERNOON_END = 17 * HOUR;
/** Office hours in a day: 07:30–11:30 and 13:30–17:00. */
export const WORKING_SECONDS_PER_DAY = MORNING_END - MORNING_START + AFTERNOON_END - AFTERNOON_START;

/** The first Monday after the Unix epoch (1970-01-05) is day 4; working days are numbered from it. */
const FIRST_MONDAY = 4;

/** The Vietnam calendar day (days since 1970-01-01, local) of a UTC instant. */
export const vietnamDay = (utcSeconds: number): number => Math.floor((utcSeconds + OFFSET) / DAY);

/** The UTC instant of a local time of day on a Vietnam calendar day. */
export const utcSecondsAt = (day: number, localSecondsOfDay: number): number => day * DAY + localSecondsOfDay - OFFSET;

const localSecondsOfDay = (utcSeconds: number): number => utcSeconds + OFFSET - vietnamDay(utcSeconds) * DAY;

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

const isWeekend = (day: number): boolean => weekday(day) === 0 || weekday(day) === 6;

/** The Vietnam calendar day of the w-th working day (Monday to Friday). */
export const dayOfWorkday = (w: number): number => FIRST_MONDAY + w + 2 * Math.floor(w / 5);

/** The working-day number of a calendar day, or null on a weekend. */
export function workdayOfDay(day: number): number | null {
  const offset = day - FIRST_MONDAY;
  if (offset % 7 >= 5) return null;
  return offset - 2 * Math.floor(offset / 7);
}

/** The latest working day on or before a calendar day. */
export function workdayOnOrBefore(day: number): number {
  let d = day;
  while (isWeekend(d)) d--;
  return workdayOfDay(d) as number;
}

/** Seconds into office hours (0 … WORKING_SECONDS_PER_DAY) → local seconds of day. */
export const officeClock = (workingSeconds: number): number =>
  workingSeconds < MORNING_END - MORNING_START
    ? MORNING_START + workingSeconds
    : AFTERNOON_START + workingSeconds - (MORNING_END - MORNING_START);

/** The same instant if the office is open then, else the next opening (weekends and lunch skipped). */
export function nextOfficeMoment(utcSeconds: number): number {
  const day = vietnamDay(utcSeconds);
  const local = localSecondsOfDay(utcSeconds);
  if (isWeekend(day)) return nextOfficeMoment(utcSecondsAt(day + 1, MORNING_START));
  if (local < MORNING_START) return utcSecondsAt(day, MORNING_START);
  if (local >= MORNING_END && local < AFTERNOON_START) return utcSecondsAt(day, AFTERNOON_START);
  if (local >= AFTERNOON_END) return nextOfficeMoment(utcSecondsAt(day + 1, MORNING_START));
  return utcSecondsAt(day, local);
}

/** The calendar day `workingDays` working days after `day` (0 = the same day, moved off a weekend). */
export function addWorkingDays(day: number, workingDays: number): number {
  return dayOfWorkday(workdayOnOrBefore(day) + workingDays);
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYMMDD` of a Vietnam calendar day, as printed in dossier codes. */
export function yymmdd(day: number): string {
  const date = new Date(day * DAY * 1000);
  return two(date.getUTCFullYear() % 100) + two(date.getUTCMonth() + 1) + two(date.getUTCDate());
}

/** `yyyyMMddHHmmss` in Vietnam time, the national portal's date format. */
export function nationalTimestamp(utcSeconds: number): string {
  const local = new Date((utcSeconds + OFFSET) * 1000);
  return (
    String(local.getUTCFullYear()) +
    two(local.getUTCMonth() + 1) +
    two(local.getUTCDate()) +
    two(local.getUTCHours()) +
    two(local.getUTCMinutes()) +
    two(local.getUTCSeconds())
  );
}
