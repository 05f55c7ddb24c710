import type { ParseFailureReason } from '../contract/kiosk-api.ts';

export interface ReceiptCodeOptions {
  /**
   * Technician-configured regex source for a site's older local code format. Must
   * contain a named group `code`; optional named groups `agency`, `date` (YYMMDD),
   * `seq`. Matched case-insensitively after normalisation.
   */
  extraPattern?: string | null;
  /** Scanner-configured prefix / suffix strings to strip (literal). */
  prefix?: string | null;
  suffix?: string | null;
}

export interface ReceiptCode {
  ok: true;
  /** Canonical form, e.g. `000.00.12.H53-230915-0003`. */
  code: string;
  agency: string;
  /** ISO `YYYY-MM-DD`; null when an extra-pattern code carries no date. */
  date: string | null;
  /** Keeps leading zeros: `0003`. */
  seq: string;
  format: 'standard' | 'extra';
}

export interface ReceiptCodeFailure {
  ok: false;
  reason: ParseFailureReason;
}

export type ReceiptCodeParse = ReceiptCode | ReceiptCodeFailure;

export const parseFailure = (reason: ParseFailureReason): ReceiptCodeFailure => ({ ok: false, reason });
