import { parseReceiptCode } from '../../shared/receipt-code/index.ts';

/**
 * The one scan a camera frame gives: the first code that reads as a dossier code (a receipt's QR
 * code and its barcode carry the same one), else the first code at all, so a code that is not a
 * receipt's gets the same clear message as from any scanner. Null when nothing was read.
 */
export function pickReceiptScan(texts: readonly string[]): string | null {
  return texts.find((text) => parseReceiptCode(text).ok) ?? texts[0] ?? null;
}
