import type { Locator, Page } from '@playwright/test';

export class HomePage {
  readonly root: Locator;
  readonly prompt: Locator;
  readonly typeCodeButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-home');
    this.prompt = page.getByTestId('scan-prompt');
    this.typeCodeButton = page.getByTestId('open-manual');
  }

  async openManualEntry(): Promise<void> {
    await this.typeCodeButton.click();
  }
}
