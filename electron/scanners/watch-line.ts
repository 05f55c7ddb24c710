import type { ReceiptCodeParse } from '../../shared/receipt-code/index.ts';
import type { IgnoredInput, RawScan } from './raw-scan.ts';
import { toHex } from './scan-bytes.ts';

export type WatchedKind = 'scan' | 'duplicate';

/** One line of `kiosk scanners watch` for a scan: the bytes as received and what the parser made of them. */
export function scanLine(scan: RawScan, kind: WatchedKind, parse: ReceiptCodeParse, json: boolean): string {
  const fields = { at: scan.at.toISOString(), source: scan.source, kind, hex: toHex(scan.bytes), text: scan.text, aim: scan.aim, note: scan.note, parse };
  if (json) return JSON.stringify(fields);
  const outcome = parse.ok ? parse.code : `unreadable (${parse.reason})`;
  const extras = [scan.aim, kind === 'duplicate' ? 'duplicate' : null, scan.note].filter((x) => x !== null).join(', ');
  return `${fields.at} ${scan.source} [${fields.hex}] ${JSON.stringify(scan.text)} -> ${outcome}${extras ? ` (${extras})` : ''}`;
}

/** One line for input that was not a scan (a report of another kind, a truncated report). */
export function ignoredLine(input: IgnoredInput, json: boolean): string {
  const fields = { at: input.at.toISOString(), source: input.source, kind: 'ignored', hex: toHex(input.bytes), reason: input.reason };
  if (json) return JSON.stringify(fields);
  return `${fields.at} ${input.source} [${fields.hex}] ignored: ${input.reason}`;
}
