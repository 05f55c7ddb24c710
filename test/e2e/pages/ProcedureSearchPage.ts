import type { Locator, Page } from '@playwright/test';

/** Search with the on-screen keyboard. */
export class ProcedureSearchPage {
  readonly root: Locator;
  readonly input: Locator;
  readonly keyboard: Locator;
  readonly results: Locator;
  readonly count: Locator;
  readonly corrected: Locator;
  readonly correctedQuery: Locator;
  readonly empty: Locator;
  readonly suggestedFields: Locator;
  readonly allFieldsButton: Locator;
  readonly examples: Locator;
  readonly backButton: Locator;
  readonly fieldFilter: Locator;
  readonly clearFieldFilter: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-search');
    this.input = this.root.getByTestId('search-input');
    this.keyboard = this.root.getByTestId('search-keyboard');
    this.results = this.root.getByTestId('procedure-item');
    this.count = this.root.getByTestId('search-count');
    this.corrected = this.root.getByTestId('search-corrected');
    this.correctedQuery = this.root.getByTestId('search-corrected-query');
    this.empty = this.root.getByTestId('search-empty');
    this.suggestedFields = this.root.getByTestId('search-suggested-fields').getByTestId('field-tile');
    this.allFieldsButton = this.root.getByTestId('search-all-fields');
    this.examples = this.root.getByTestId('search-example');
    this.backButton = this.root.getByTestId('nav-back');
    this.fieldFilter = this.root.getByTestId('search-field-filter');
    this.clearFieldFilter = this.root.getByTestId('search-field-clear');
  }

  /** A key of the on-screen keyboard by its button name: "a", "1", ".", "{space}", "{bksp}", "{clear}". */
  key(button: string): Locator {
    return this.keyboard.locator(`[data-skbtn="${button}"]`);
  }

  /** Taps the text on the on-screen keyboard, key by key (a space is the space bar). */
  async tapText(text: string): Promise<void> {
    for (const char of text) await this.key(char === ' ' ? '{space}' : char).click();
  }

  result(code: string): Locator {
    return this.results.and(this.page.locator(`[data-code="${code}"]`));
  }
}
