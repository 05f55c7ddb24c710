import type { Locator, Page } from '@playwright/test';
import type { RatingReason, RatingValue } from '../../../shared/contract/index.ts';

/** The satisfaction rating under a dossier result. */
export class RatingPanel {
  readonly root: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('rating');
    this.status = page.getByTestId('rating-status');
  }

  choice(rating: RatingValue): Locator {
    return this.page.getByTestId(`rate-${rating}`);
  }

  reason(reason: RatingReason): Locator {
    return this.page.getByTestId(`reason-${reason}`);
  }
}
