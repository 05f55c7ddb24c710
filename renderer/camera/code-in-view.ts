import { parseReceiptCode } from '../../shared/receipt-code/index.ts';

/** Decoded frames in a row without the code before it counts as gone (one blurred frame does not). */
export const FRAMES_TO_LEAVE_VIEW = 2;

/**
 * A camera sees a receipt for as long as it is held up, frame after frame: a code is a scan when
 * it comes into view, not each time a frame reads it. Judged by frames, not by time, so a slow
 * decoder (frames seconds apart on a loaded kiosk) does not turn one receipt into several scans.
 * The same code held up again after it left the view is a new scan (the repeat filter the other
 * sources share still applies after this).
 */
export class CodeInView {
  private key: string | null = null;
  private framesWithout = 0;

  /** This frame's scan (null: nothing read); true when it is a code that just came into view. */
  frame(scan: string | null): boolean {
    if (scan === null) {
      if (this.key !== null && ++this.framesWithout >= FRAMES_TO_LEAVE_VIEW) this.key = null;
      return false;
    }
    const parse = parseReceiptCode(scan);
    const key = parse.ok ? `code:${parse.code}` : `text:${scan.trim()}`;
    const isNew = key !== this.key;
    this.key = key;
    this.framesWithout = 0;
    return isNew;
  }
}
