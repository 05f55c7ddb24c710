import { percentDecode } from './percent-decode.ts';
import { stripScannerWrapping } from './scanner-wrapping.ts';
import type { ReceiptCodeOptions } from './types.ts';

/**
 * A scan may hold several lines or fields (a QR code with the code on one line and a
 * date on the next), where a line break must stay a break; or it may carry a stray
 * control character inside the code, which must vanish. Both readings are tried.
 */
export type ControlCharacterReading = 'as-space' | 'removed';

// Tab, LF, VT, FF, CR, the information separators FS GS RS US, and NEL.
const LINE_AND_FIELD_SEPARATORS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x85]);
const CONTROL_FORMAT_OR_LONE_SURROGATE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const DASHES = /[\u2010-\u2015\u2043\u2212\u02d7\ufe58\ufe63\uff0d]/g;
const FULL_STOPS = /[\u3002\uff61]/g;
const WHITESPACE_RUN = /\s+/g;

function cleanControlCharacters(text: string, reading: ControlCharacterReading): string {
  return text.replace(CONTROL_FORMAT_OR_LONE_SURROGATE, (char) =>
    reading === 'as-space' && LINE_AND_FIELD_SEPARATORS.has(char.charCodeAt(0)) ? ' ' : '',
  );
}

function cleanAffix(affix: unknown, reading: ControlCharacterReading): string {
  return typeof affix === 'string' ? cleanControlCharacters(affix, reading).trim() : '';
}

/**
 * The scan as plain text for the grammar: no control characters or scanner wrapping,
 * NFKC (full-width forms become ASCII), percent-escapes decoded, every dash `-`,
 * whitespace runs one space.
 */
export function normaliseScan(raw: string, reading: ControlCharacterReading, options: ReceiptCodeOptions): string {
  const unwrapped = stripScannerWrapping(
    cleanControlCharacters(raw, reading),
    cleanAffix(options.prefix, reading),
    cleanAffix(options.suffix, reading),
  );
  let text = unwrapped.normalize('NFKC');
  if (text.includes('%')) text = cleanControlCharacters(percentDecode(text).normalize('NFKC'), reading);
  return text.replace(DASHES, '-').replace(FULL_STOPS, '.').replace(WHITESPACE_RUN, ' ').trim();
}
