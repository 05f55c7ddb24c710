import { MAX_SCAN_BYTES } from '../../shared/contract/scanner.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * A scanner's bytes as text. QR codes may carry UTF-8; 1-D barcodes and older scanners send
 * single-byte text (Windows-1252, which the WHATWG "latin1" decoder is), so bytes that are not
 * valid UTF-8 are read that way instead of becoming replacement characters.
 */
export function scanBytesToText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** `30 30 2e`: the monitor's view of raw bytes. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, MAX_SCAN_BYTES), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** True when the bytes hold nothing but whitespace and control characters (a stray suffix). */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b <= 0x20 || b === 0x7f);
}

/** A USB id as four lower-case hex digits. */
export function usbIdHex(id: number): string {
  return (id & 0xffff).toString(16).padStart(4, '0');
}

export const sameUsbId = (a: string | null | undefined, b: string | null | undefined): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
