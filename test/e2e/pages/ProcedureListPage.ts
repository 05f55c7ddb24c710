import type { Locator, Page } from '@playwright/test';
import { ProcedureScreenBase } from './ProcedureScreenBase.ts';

/** A field's procedures, a page at a time. */
export class ProcedureListPage extends ProcedureScreenBase {
  readonly items: Locator;
  readonly total: Locator;
  readonly pageLabel: Locator;
  readonly nextPageButton: Locator;
  readonly prevPageButton: Locator;
  readonly searchInFieldButton: Locator;

  constructor(page: Page) {
    super(page, 'screen-procedures');
    this.items = this.root.getByTestId('procedure-item');
    this.total = this.root.getByTestId('procedure-total');
    this.pageLabel = this.root.getByTestId('page-label');
    this.nextPageButton = this.root.getByTestId('page-next');
    this.prevPageButton = this.root.getByTestId('page-prev');
    this.searchInFieldButton = this.root.getByTestId('search-in-field');
  }

  item(code: string): Locator {
    return this.items.and(this.page.locator(`[data-code="${code}"]`));
  }

  async open(code: string): Promise<void> {
    await this.item(code).click();
  }
}
