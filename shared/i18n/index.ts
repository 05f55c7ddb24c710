import type { DossierStatus, Language, ResultDelivery, Timing } from '../contract/index.ts';
import { en } from './en.ts';
import { vi, type Catalogue, type MessageKey } from './vi.ts';

export { vi, en };
export type { Catalogue, MessageKey };
export * from './format.ts';

export const catalogues: Readonly<Record<Language, Catalogue>> = { vi, en };
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;

/** The `{parameters}` a message needs, read from the Vietnamese source text. */
export type MessageParams<K extends MessageKey> = Record<ParamNames<(typeof vi)[K]>, string | number>;

type ParamsArg<K extends MessageKey> = [ParamNames<(typeof vi)[K]>] extends [never] ? [] : [params: MessageParams<K>];

/** The names of the `{parameters}` in one message text (for tests and tools). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** A message in `lang`, its `{parameters}` filled in. Unknown languages fall back to Vietnamese. */
export function t<K extends MessageKey>(lang: Language, key: K, ...args: ParamsArg<K>): string {
  const text: string = (catalogues[lang] ?? vi)[key];
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

type StatusKey = `status.${DossierStatus}` & MessageKey;
type StatusNameKey = `statusName.${DossierStatus}` & MessageKey;

function isStatus(status: number): status is 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 {
  return Number.isInteger(status) && status >= 1 && status <= 10;
}

/**
 * The plain sentence a citizen reads for a national status code (TrangThaiHoSo 1–10). A result
 * sent by post (9, 10) is said to go by post, never to wait at the counter.
 */
export function statusSentence(lang: Language, status: DossierStatus, delivery: ResultDelivery | null = null): string {
  if (!isStatus(status)) return t(lang, 'next.contactDesk');
  if (delivery === 'post' && status === 9) return t(lang, 'status.9.post');
  if (delivery === 'post' && status === 10) return t(lang, 'status.10.post');
  return t(lang, `status.${status}` as StatusKey);
}

/** The official short name of a status code (Vietnamese as on the national portal). */
export function statusName(lang: Language, status: DossierStatus): string {
  if (!isStatus(status)) return String(status);
  return t(lang, `statusName.${status}` as StatusNameKey);
}

/** On time / early / overdue … as a word, for the badge beside its icon. */
export function timingLabel(lang: Language, timing: Timing): string {
  return t(lang, `timing.${timing}`);
}
export * from './document-gloss.ts';
