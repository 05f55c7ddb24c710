import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ProcedureScreenBase } from './ProcedureScreenBase.ts';

/** One procedure: checklist, channels, steps … and the QR code. */
export class ProcedureDetailPage extends ProcedureScreenBase {
  readonly meta: Locator;
  readonly documents: Locator;
  readonly documentLines: Locator;
  readonly channels: Locator;
  readonly steps: Locator;
  readonly agency: Locator;
  readonly result: Locator;
  readonly legalBasis: Locator;
  readonly qr: Locator;

  constructor(page: Page) {
    super(page, 'screen-procedure');
    this.meta = this.root.getByTestId('procedure-meta');
    this.documents = this.root.getByTestId('procedure-documents');
    this.documentLines = this.root.getByTestId('procedure-document');
    this.channels = this.root.getByTestId('procedure-channel');
    this.steps = this.root.getByTestId('procedure-steps');
    this.agency = this.root.getByTestId('procedure-agency');
    this.result = this.root.getByTestId('procedure-result');
    this.legalBasis = this.root.getByTestId('procedure-legalBasis');
    this.qr = this.root.getByTestId('procedure-qr-card-image');
  }

  channel(channel: 'in-person' | 'online' | 'post' | 'other'): Locator {
    return this.channels.and(this.page.locator(`[data-channel="${channel}"]`));
  }

  /** Whether the QR image was decoded and drawn (not just an <img> with a broken source). */
  async qrDrawnSize(): Promise<{ width: number; height: number }> {
    await expect(this.qr).toBeVisible();
    return this.qr.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
  }
}
