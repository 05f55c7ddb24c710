import type { RE2JS } from 're2js';
import type { ParseFailureReason } from '../contract/kiosk-api.ts';
import { extraPatternScanner, matchExtraPattern } from './extra-pattern.ts';
import { diagnoseNearMiss, findStandardCode } from './grammar.ts';
import { normaliseScan } from './normalise-scan.ts';
import type { ControlCharacterReading } from './normalise-scan.ts';
import { parseFailure } from './types.ts';
import type { ReceiptCodeOptions, ReceiptCodeParse } from './types.ts';

/** Same limit as the contract's `LookupInput.raw`. */
export const MAX_RAW_SCAN_LENGTH = 4096;

const CONTROL_CHARACTER_READINGS: readonly ControlCharacterReading[] = ['as-space', 'removed'];

function readNormalisedText(text: string, extraPattern: RE2JS | null): ReceiptCodeParse {
  return (
    findStandardCode(text) ??
    (extraPattern && matchExtraPattern(text, extraPattern)) ??
    parseFailure(diagnoseNearMiss(text) ?? 'no-code')
  );
}

function parse(raw: string, options: ReceiptCodeOptions): ReceiptCodeParse {
  if (typeof raw !== 'string') return parseFailure('empty');
  if (raw.length > MAX_RAW_SCAN_LENGTH) return parseFailure('too-long');
  const texts = new Set(CONTROL_CHARACTER_READINGS.map((reading) => normaliseScan(raw, reading, options)));
  texts.delete('');
  if (texts.size === 0) return parseFailure('empty');
  const extraPattern = extraPatternScanner(options.extraPattern);
  let firstFailure: ParseFailureReason | null = null;
  for (const text of texts) {
    const result = readNormalisedText(text, extraPattern);
    if (result.ok) return result;
    firstFailure ??= result.reason;
  }
  return parseFailure(firstFailure ?? 'no-code');
}

/**
 * Reads a dossier code out of whatever a scanner or a person produced: barcode data
 * with scanner wrapping, a lookup URL from a QR code, full-width or lower-case text,
 * or a sentence containing the code. Never throws.
 */
export function parseReceiptCode(raw: string, options?: ReceiptCodeOptions): ReceiptCodeParse {
  try {
    return parse(raw, options ?? {});
  } catch {
    return parseFailure('no-code');
  }
}
