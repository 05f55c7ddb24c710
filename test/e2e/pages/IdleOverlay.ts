import type { Locator, Page } from '@playwright/test';

export class IdleOverlay {
  readonly root: Locator;
  readonly seconds: Locator;
  readonly keepUsingButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('idle-countdown');
    this.seconds = page.getByTestId('idle-seconds');
    this.keepUsingButton = page.getByTestId('idle-keep-using');
  }
}
