/**
 * The host's sources count repeats with the rule the renderer's keyboard wedge uses too
 * (shared/receipt-code/repeated-reads.ts): a receipt left under the scanner stays one scan.
 */
export { RepeatedReads as ScanDeduper } from '../../shared/receipt-code/repeated-reads.ts';
