import type { EspeakOptions } from './espeak-speaker.ts';
import type { SpeakOutcome, SpeechLanguage } from './speaker.ts';

/** The host asks the speech helper process. */
export type HelperRequest =
  | { kind: 'available'; id: number }
  | { kind: 'speak'; id: number; text: string; lang: SpeechLanguage }
  | { kind: 'stop' };

/** The helper answers. */
export type HelperAnswer = { kind: 'available'; id: number; available: boolean } | { kind: 'spoken'; id: number; outcome: SpeakOutcome };

/** What the helper's espeak-ng is told at launch (its environment comes with the process). */
export type HelperOptions = Pick<EspeakOptions, 'wavFile' | 'wordsPerMinute'>;

const OUTCOMES: readonly unknown[] = ['spoken', 'stopped', 'unavailable'] satisfies SpeakOutcome[];
const LANGUAGES: readonly unknown[] = ['vi', 'en'] satisfies SpeechLanguage[];

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null);
const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/** A request as the helper receives it, or null for anything else. */
export function parseHelperRequest(value: unknown): HelperRequest | null {
  const m = record(value);
  if (m?.kind === 'stop') return { kind: 'stop' };
  if (m?.kind === 'available' && isId(m.id)) return { kind: 'available', id: m.id };
  if (m?.kind === 'speak' && isId(m.id) && typeof m.text === 'string' && LANGUAGES.includes(m.lang)) {
    return { kind: 'speak', id: m.id, text: m.text, lang: m.lang as SpeechLanguage };
  }
  return null;
}

/** An answer as the host receives it, or null for anything else. */
export function parseHelperAnswer(value: unknown): HelperAnswer | null {
  const m = record(value);
  if (m?.kind === 'available' && isId(m.id) && typeof m.available === 'boolean') return { kind: 'available', id: m.id, available: m.available };
  if (m?.kind === 'spoken' && isId(m.id) && OUTCOMES.includes(m.outcome)) return { kind: 'spoken', id: m.id, outcome: m.outcome as SpeakOutcome };
  return null;
}

/** The launch options travel as the helper's one argument. */
export function parseHelperOptions(argument: string | undefined): HelperOptions {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(argument ?? '{}');
  } catch {
    // A launch argument that is not JSON gets the defaults.
  }
  const m = record(parsed);
  return {
    ...(typeof m?.wavFile === 'string' ? { wavFile: m.wavFile } : {}),
    ...(typeof m?.wordsPerMinute === 'number' && m.wordsPerMinute >= 80 && m.wordsPerMinute <= 450 ? { wordsPerMinute: m.wordsPerMinute } : {}),
  };
}
