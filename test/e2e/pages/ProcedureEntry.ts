import type { Locator, Page } from '@playwright/test';

/** The home screen's way into the catalogue. */
export class ProcedureEntry {
  readonly root: Locator;
  readonly browseFieldsButton: Locator;
  readonly searchButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('procedure-entry');
    this.browseFieldsButton = this.root.getByTestId('open-fields');
    this.searchButton = this.root.getByTestId('open-search');
  }
}
