import { parseReceiptCode } from '../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions, ReceiptCodeParse } from '../../shared/receipt-code/index.ts';
import { repeatKeyOf } from '../../shared/receipt-code/repeated-reads.ts';
import type { RawScan } from './raw-scan.ts';
import { isBlank } from './scan-bytes.ts';
import { ScanDeduper } from './scan-deduper.ts';

export type IntakeDecision =
  | { kind: 'scan'; parse: ReceiptCodeParse }
  | { kind: 'duplicate'; parse: ReceiptCodeParse }
  | { kind: 'blank' };

/**
 * Every host scan passes here once: parsed with the kiosk's own options (the same parser the
 * lookup uses) and checked against recent scans. Repeats are told by the code they carry, so a
 * receipt's QR code (a URL) and its barcode are one scan; unreadable input by its text.
 */
export class ScanIntake {
  private readonly deduper: ScanDeduper;

  constructor(
    private readonly codeOptions: () => ReceiptCodeOptions,
    windowMs: () => number,
  ) {
    this.deduper = new ScanDeduper(windowMs);
  }

  decide(scan: RawScan): IntakeDecision {
    if (isBlank(scan.bytes)) return { kind: 'blank' };
    const parse = parseReceiptCode(scan.text, this.codeOptions());
    return this.deduper.isRepeat(repeatKeyOf(parse, scan.text), scan.at.getTime()) ? { kind: 'duplicate', parse } : { kind: 'scan', parse };
  }

  reset(): void {
    this.deduper.clear();
  }
}
