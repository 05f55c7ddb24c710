import type { ParseFailureReason } from '../contract/kiosk-api.ts';
import { isoDateFromYymmdd } from './calendar-date.ts';
import type { ReceiptCode } from './types.ts';

// Thông tư 01/2018/TT-VPCP: `000.00.12.H53-230915-0003`, i.e. the agency code in
// QCVN 102:2016 form DDD.DD.DD.LDD, the receipt date YYMMDD and a daily sequence.
// Patterns run on normalised text: ASCII separators, whitespace collapsed to one space.

export const SEQUENCE_MIN_DIGITS = 4;
export const SEQUENCE_MAX_DIGITS = 8;

const AGENCY = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const SEQUENCE = new RegExp(`^\\d{${SEQUENCE_MIN_DIGITS},${SEQUENCE_MAX_DIGITS}}$`);

const STANDARD_CODE = new RegExp(
  '(?<![0-9])' +
    '(?<agency>[0-9]{3} ?\\. ?[0-9]{2} ?\\. ?[0-9]{2} ?\\. ?[A-Za-z][0-9]{2})' +
    ' ?- ?(?<date>[0-9]{6})' +
    ` ?- ?(?<seq>[0-9]{${SEQUENCE_MIN_DIGITS},${SEQUENCE_MAX_DIGITS}})` +
    '(?![0-9])',
  'g',
);

// Anything dotted followed by `-digits`: close enough to a code that the citizen is
// better served by "the date is wrong" than by "no code found".
const CODE_LIKE = new RegExp(
  '(?<![\\p{L}\\p{N}])' +
    '(?<agency>[\\p{L}\\p{N}]{1,16}(?: ?\\. ?[\\p{L}\\p{N}]{1,16}){1,6})' +
    ' ?- ?(?<date>[0-9]+)' +
    '(?: ?- ?(?<seq>[0-9]+))?',
  'gu',
);

const MAX_CANDIDATES = 64;

const withoutSpaces = (s: string): string => s.replaceAll(' ', '');

/** A code in the standard grammar, wherever it sits in the text. */
export function findStandardCode(text: string): ReceiptCode | null {
  let candidates = 0;
  for (const match of text.matchAll(STANDARD_CODE)) {
    const { agency: spacedAgency = '', date: yymmdd = '', seq = '' } = match.groups ?? {};
    const date = isoDateFromYymmdd(yymmdd);
    if (date) {
      const agency = withoutSpaces(spacedAgency).toUpperCase();
      return { ok: true, code: `${agency}-${yymmdd}-${seq}`, agency, date, seq, format: 'standard' };
    }
    if (++candidates >= MAX_CANDIDATES) break;
  }
  return null;
}

function whatIsWrong(agency: string, yymmdd: string, seq: string | undefined): ParseFailureReason | null {
  if (!AGENCY.test(withoutSpaces(agency).toUpperCase())) return 'bad-agency';
  if (!isoDateFromYymmdd(yymmdd)) return 'bad-date';
  if (seq === undefined || !SEQUENCE.test(seq)) return 'bad-sequence';
  return null;
}

/** For text holding no valid code: what is wrong with the first thing shaped like one. */
export function diagnoseNearMiss(text: string): ParseFailureReason | null {
  let candidates = 0;
  for (const match of text.matchAll(CODE_LIKE)) {
    const { agency = '', date = '', seq } = match.groups ?? {};
    const reason = whatIsWrong(agency, date, seq);
    if (reason) return reason;
    if (++candidates >= MAX_CANDIDATES) break;
  }
  return null;
}
