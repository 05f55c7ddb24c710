/**
 * One input report of a HID POS barcode scanner (usage page 0x8C), in the layout Honeywell,
 * Datalogic and Access-IS document for their "HID POS" interface:
 *
 *   [report id 0x02] length  AIM id (3 bytes, `]Q1`)  data (56 bytes, NUL-padded)
 *   vendor symbology id  reserved  flags (bit 0: more data follows in the next report)
 *
 * A 64-byte report carries its report id first; the same layout without it is 63 bytes
 * (a device that does not number its reports, read through hidraw). Longer reports keep the
 * header and trailer and have room for more data.
 */
export type PosReport =
  | { kind: 'data'; aim: string | null; data: Uint8Array; more: boolean }
  | { kind: 'other-report'; reportId: number }
  | { kind: 'invalid'; reason: 'truncated' | 'length-exceeds-report' };

export const SCANNED_DATA_REPORT_ID = 0x02;
const UNNUMBERED_REPORT_BYTES = 63;
const HEADER_BYTES = 1 + 3;
const TRAILER_BYTES = 3;
const MORE_DATA_FLAG = 0x01;
const AIM_FLAG_CHARACTER = 0x5d; // ']'

function readAim(bytes: Uint8Array): string | null {
  const [flag, code, modifier] = bytes;
  const printable = (b: number | undefined) => b !== undefined && b > 0x20 && b < 0x7f;
  if (flag !== AIM_FLAG_CHARACTER || !printable(code) || !printable(modifier)) return null;
  return String.fromCharCode(flag, code!, modifier!);
}

export function decodePosReport(report: Uint8Array): PosReport {
  const numbered = report.length !== UNNUMBERED_REPORT_BYTES;
  const start = numbered ? 1 : 0;
  if (report.length < start + HEADER_BYTES + TRAILER_BYTES + 1) return { kind: 'invalid', reason: 'truncated' };
  if (numbered && report[0] !== SCANNED_DATA_REPORT_ID) return { kind: 'other-report', reportId: report[0]! };
  const length = report[start]!;
  const dataStart = start + HEADER_BYTES;
  const capacity = report.length - dataStart - TRAILER_BYTES;
  if (length > capacity) return { kind: 'invalid', reason: 'length-exceeds-report' };
  return {
    kind: 'data',
    aim: readAim(report.subarray(start + 1, dataStart)),
    data: report.slice(dataStart, dataStart + length),
    more: (report[report.length - 1]! & MORE_DATA_FLAG) !== 0,
  };
}
