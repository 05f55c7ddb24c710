import { RE2JS } from 're2js';
import { isoDateFromYymmdd } from './calendar-date.ts';
import { parseFailure } from './types.ts';
import type { ReceiptCodeParse } from './types.ts';

/**
 * A site's pattern runs on RE2JS, whose time grows linearly with the scan whatever the pattern
 * (no backtracking): a pattern set by a technician or by the district cannot stall the host.
 */
export type CompiledExtraPattern = { ok: true; pattern: RE2JS } | { ok: false; message: string };

const MAX_PATTERN_LENGTH = 1000;
const MAX_CANDIDATES = 64;
const EMPTY_MATCH_PROBES = ['', ' ', 'a', 'A', '0', '-', '.', '/'];

const rejected = (message: string): CompiledExtraPattern => ({ ok: false, message });

function matchesEmptyText(pattern: RE2JS): boolean {
  return EMPTY_MATCH_PROBES.some((probe) => {
    const matcher = pattern.matcher(probe);
    for (let from = 0; from <= probe.length && matcher.find(from); from = Math.max(matcher.end(), from + 1)) {
      if (matcher.start() === matcher.end()) return true;
    }
    return false;
  });
}

function compile(source: string): CompiledExtraPattern {
  if (typeof source !== 'string' || source.trim() === '') return rejected('The pattern is empty.');
  if (source.length > MAX_PATTERN_LENGTH) {
    return rejected(`The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`);
  }
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(RE2JS.translateRegExp(source), RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return rejected(
      `The pattern is not a valid regular expression the kiosk can run in linear time (no lookaround, no back-references): ${reason}`,
    );
  }
  if (!Object.prototype.hasOwnProperty.call(pattern.namedGroups(), 'code')) return rejected('The pattern needs a named group (?<code>…).');
  if (matchesEmptyText(pattern)) return rejected('The pattern matches empty text, so it would accept any scan.');
  return { ok: true, pattern };
}

/** Checks a technician's pattern for a site's older code format. Never throws. */
export function compileExtraPattern(source: string): CompiledExtraPattern {
  try {
    return compile(source);
  } catch (error) {
    return rejected(error instanceof Error ? error.message : String(error));
  }
}

let lastCompiled: { source: string; pattern: RE2JS | null } | null = null;

/** The pattern ready to search scans with (cached: it runs on every scan), or null if unusable. */
export function extraPatternScanner(source: unknown): RE2JS | null {
  if (typeof source !== 'string' || source === '') return null;
  if (lastCompiled?.source !== source) {
    const compiled = compileExtraPattern(source);
    lastCompiled = { source, pattern: compiled.ok ? compiled.pattern : null };
  }
  return lastCompiled.pattern;
}

/** The first match of a technician's pattern with a non-empty `code`, read into a result. */
export function matchExtraPattern(text: string, pattern: RE2JS): ReceiptCodeParse | null {
  const matcher = pattern.matcher(text);
  for (let candidates = 0; candidates < MAX_CANDIDATES && matcher.find(); candidates += 1) {
    const { code, agency, date: yymmdd, seq } = matcher.getNamedGroups();
    const canonical = (code ?? '').trim().toUpperCase();
    if (canonical !== '') {
      const date = yymmdd == null ? null : isoDateFromYymmdd(yymmdd.trim());
      if (yymmdd != null && date === null) return parseFailure('bad-date');
      return { ok: true, code: canonical, agency: (agency ?? '').trim().toUpperCase(), date, seq: (seq ?? '').trim(), format: 'extra' };
    }
  }
  return null;
}
