import { yymmddFromIsoDate } from './calendar-date.ts';

export interface ReceiptCodeParts {
  /** QCVN 102:2016 agency code, e.g. `000.00.12.H53`. */
  agency: string;
  /** ISO `YYYY-MM-DD`, 2000–2099. */
  date: string;
  seq: string;
}

/** `{ agency: '000.00.12.H53', date: '2023-09-15', seq: '0003' }` → `000.00.12.H53-230915-0003`. */
export function formatReceiptCode(parts: ReceiptCodeParts): string {
  const yymmdd = yymmddFromIsoDate(parts.date);
  if (yymmdd === null) throw new RangeError(`Not a calendar date in 2000–2099: ${parts.date}`);
  return `${parts.agency.toUpperCase()}-${yymmdd}-${parts.seq}`;
}
