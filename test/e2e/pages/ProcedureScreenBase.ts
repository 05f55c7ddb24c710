import type { Locator, Page } from '@playwright/test';

/** What the catalogue's browsing screens share: title and the bar with Back and Home. */
export abstract class ProcedureScreenBase {
  readonly root: Locator;
  readonly title: Locator;
  readonly backButton: Locator;
  readonly homeButton: Locator;

  constructor(
    readonly page: Page,
    testId: string,
  ) {
    this.root = page.getByTestId(testId);
    this.title = this.root.getByTestId('catalogue-title');
    this.backButton = this.root.getByTestId('nav-back');
    this.homeButton = this.root.getByTestId('nav-home');
  }
}
