import type { Locator, Page } from '@playwright/test';
import { ProcedureScreenBase } from './ProcedureScreenBase.ts';

/** Lĩnh vực: a grid of tiles with counts. */
export class ProcedureFieldsPage extends ProcedureScreenBase {
  readonly tiles: Locator;
  readonly searchButton: Locator;

  constructor(page: Page) {
    super(page, 'screen-fields');
    this.tiles = this.root.getByTestId('field-tile');
    this.searchButton = this.root.getByTestId('open-search');
  }

  tile(field: string): Locator {
    return this.tiles.and(this.page.locator(`[data-field="${field}"]`));
  }

  async open(field: string): Promise<void> {
    await this.tile(field).click();
  }
}
