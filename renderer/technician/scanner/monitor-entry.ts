import type { ScannerMonitorEntry, ScannerSourceKind, ScannerStatus } from '../../../shared/contract/index.ts';
import { parseReceiptCode } from '../../../shared/receipt-code/index.ts';

/** A line of the live monitor: from a host source (HID, serial) or from a source read on this page (the keyboard wedge). */
export type MonitorLine = Omit<ScannerMonitorEntry, 'source' | 'seq'> & { source: ScannerSourceKind; key: string };

export const MONITOR_LINES_KEPT = 50;

const encoder = new TextEncoder();

export function hexOf(text: string): string {
  return Array.from(encoder.encode(text), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

export function hostLine(entry: ScannerMonitorEntry): MonitorLine {
  return { ...entry, key: `${entry.source}-${entry.seq}` };
}

/** A keyboard-wedge scan read on this page, parsed as the kiosk's lookup would parse it. */
export function wedgeLine(raw: string, at: Date, codeOptions: ScannerStatus['codeOptions'] | null, n: number): MonitorLine {
  const parse = parseReceiptCode(raw, codeOptions ?? {});
  return {
    key: `wedge-${n}`,
    at: at.toISOString(),
    source: 'wedge',
    kind: 'scan',
    hex: hexOf(raw),
    text: raw,
    aim: null,
    parse: parse.ok ? { ok: true, code: parse.code } : { ok: false, reason: parse.reason },
    note: null,
  };
}

/** Control characters as their visible symbols (CR as ␍, GS as ␝), so nothing a scanner sent is hidden. */
export function visibleText(text: string): string {
  let shown = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    shown += code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : char;
  }
  return shown;
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** `14:05:09`, Vietnam time. */
export function clockTime(iso: string): string {
  return clock.format(new Date(iso));
}
