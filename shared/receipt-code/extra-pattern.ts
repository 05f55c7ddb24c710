import { isoDateFromYymmdd } from './calendar-date.ts';
import { hasNestedUnboundedRepetition } from './nested-repetition.ts';
import { parseFailure } from './types.ts';
import type { ReceiptCodeParse } from './types.ts';

export type CompiledExtraPattern = { ok: true; regex: RegExp } | { ok: false; message: string };

const MAX_PATTERN_LENGTH = 1000;
const MAX_CANDIDATES = 64;
const EMPTY_MATCH_PROBES = ['', ' ', 'a', 'A', '0', '-', '.', '/'];

const rejected = (message: string): CompiledExtraPattern => ({ ok: false, message });

function namedGroups(source: string): string[] {
  // The alternative `|` lets the pattern "match" anything, so every group name is listed.
  const groups = new RegExp(`(?:${source})|`).exec('')?.groups;
  return groups ? Object.keys(groups) : [];
}

function matchesEmptyText(regex: RegExp): boolean {
  const everywhere = new RegExp(regex.source, `${regex.flags}g`);
  return EMPTY_MATCH_PROBES.some((probe) => [...probe.matchAll(everywhere)].some((match) => match[0] === ''));
}

function compile(source: string): CompiledExtraPattern {
  if (typeof source !== 'string' || source.trim() === '') return rejected('The pattern is empty.');
  if (source.length > MAX_PATTERN_LENGTH) {
    return rejected(`The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'i');
  } catch (error) {
    return rejected(`The pattern is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!namedGroups(source).includes('code')) return rejected('The pattern needs a named group (?<code>…).');
  if (hasNestedUnboundedRepetition(source)) {
    return rejected('The pattern repeats a group that itself repeats without limit, like (\\w+)+; it can hang the kiosk.');
  }
  if (matchesEmptyText(regex)) return rejected('The pattern matches empty text, so it would accept any scan.');
  return { ok: true, regex };
}

/** Checks a technician's pattern for a site's older code format. Never throws. */
export function compileExtraPattern(source: string): CompiledExtraPattern {
  try {
    return compile(source);
  } catch (error) {
    return rejected(error instanceof Error ? error.message : String(error));
  }
}

let lastCompiled: { source: string; scanner: RegExp | null } | null = null;

/** The pattern ready to search scans with (cached: it runs on every scan), or null if unusable. */
export function extraPatternScanner(source: unknown): RegExp | null {
  if (typeof source !== 'string' || source === '') return null;
  if (lastCompiled?.source !== source) {
    const compiled = compileExtraPattern(source);
    lastCompiled = { source, scanner: compiled.ok ? new RegExp(compiled.regex.source, 'gi') : null };
  }
  return lastCompiled.scanner;
}

/** The first match of a technician's pattern with a non-empty `code`, read into a result. */
export function matchExtraPattern(text: string, scanner: RegExp): ReceiptCodeParse | null {
  let candidates = 0;
  for (const match of text.matchAll(scanner)) {
    const { code = '', agency = '', date: yymmdd, seq = '' } = match.groups ?? {};
    const canonical = code.trim().toUpperCase();
    if (canonical !== '') {
      const date = yymmdd === undefined ? null : isoDateFromYymmdd(yymmdd.trim());
      if (yymmdd !== undefined && date === null) return parseFailure('bad-date');
      return { ok: true, code: canonical, agency: agency.trim().toUpperCase(), date, seq: seq.trim(), format: 'extra' };
    }
    if (++candidates >= MAX_CANDIDATES) break;
  }
  return null;
}
