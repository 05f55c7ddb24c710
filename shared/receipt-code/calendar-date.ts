const YYMMDD = /^(\d{2})(\d{2})(\d{2})$/;
const ISO_DATE_IN_THIS_CENTURY = /^20(\d{2})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `230915` → `2023-09-15`; null unless it is a real calendar date (years 2000–2099). */
export function isoDateFromYymmdd(yymmdd: string): string | null {
  const parts = YYMMDD.exec(yymmdd);
  if (!parts) return null;
  const [, yy = '', mm = '', dd = ''] = parts;
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${mm}-${dd}`;
}

/** `2023-09-15` → `230915`; null unless it is a real calendar date in 2000–2099. */
export function yymmddFromIsoDate(iso: string): string | null {
  const parts = ISO_DATE_IN_THIS_CENTURY.exec(iso);
  if (!parts) return null;
  const yymmdd = parts.slice(1).join('');
  return isoDateFromYymmdd(yymmdd) === iso ? yymmdd : null;
}
