/**
 * Readers for one field of a record published with the national portal's names. A bad field
 * throws a FieldError naming the field (with its path inside lists); the message quotes dates,
 * codes and amounts but never a personal field, which is never read.
 */
export type NationalRecord = Record<string, unknown>;

export class FieldError extends Error {}

export const isObject = (value: unknown): value is NationalRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value for an error message, cut short. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export const fail = (field: string, problem: string): never => {
  throw new FieldError(`${field}: ${problem}`);
};

/** Longer texts than the kiosk stores are cut with an ellipsis rather than refused. */
export const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function requiredText(input: NationalRecord, field: string): string {
  const value = input[field];
  if (value === undefined || value === null) return fail(field, 'missing');
  if (typeof value !== 'string') return fail(field, `${shown(value)} is not text`);
  if (value.trim() === '') return fail(field, 'empty');
  return value.trim();
}

/** Absent stays absent; null or blank is null. */
export function optionalText(field: string, value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') return fail(field, `${shown(value)} is not text`);
  return value.trim() === '' ? null : value.trim();
}

/** The first of `fields` that is present (not undefined), with its name. */
export function firstPresent(input: NationalRecord, fields: readonly string[]): [string, unknown] | undefined {
  for (const field of fields) if (input[field] !== undefined) return [field, input[field]];
  return undefined;
}

/**
 * The objects of a list field, each with its path for messages. Absent, null or an empty string
 * is no list; null entries are skipped (exports write them for removed rows).
 */
export function objectList(field: string, value: unknown): { item: NationalRecord; path: string }[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) return fail(field, 'not a list');
  const items: { item: NationalRecord; path: string }[] = [];
  value.forEach((item: unknown, i) => {
    const path = `${field}[${i}]`;
    if (item === null) return;
    if (!isObject(item)) return fail(path, 'not an object');
    items.push({ item, path });
  });
  return items;
}

/** The portal writes flags as "1"/"0", "True"/"False" or booleans; anything else is no. */
export function flag(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && ['1', 'true'].includes(value.trim().toLowerCase());
}

const AMOUNT = /^\s*(\d{1,3}([.,]\d{3})+|\d+)\s*$/;

/** An amount in đồng: a whole number, or text with dots or commas between thousands; blank is none. */
export function amountVnd(field: string, value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const amount = typeof value === 'number' ? value : typeof value === 'string' && AMOUNT.test(value) ? Number(value.replace(/[.,\s]/g, '')) : NaN;
  if (!Number.isSafeInteger(amount) || amount < 0) return fail(field, `${shown(value)} is not an amount in đồng`);
  return amount;
}
