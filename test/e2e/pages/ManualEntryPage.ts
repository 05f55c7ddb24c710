import type { Locator, Page } from '@playwright/test';

const keyTestId = (char: string) => (char === '.' ? 'key-dot' : char === '-' ? 'key-dash' : `key-${char.toUpperCase()}`);

export class ManualEntryPage {
  readonly root: Locator;
  readonly input: Locator;
  readonly submitButton: Locator;
  readonly backspaceKey: Locator;
  readonly clearKey: Locator;
  /** The way out (Màn hình chính). */
  readonly backButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-manual');
    this.input = page.getByTestId('manual-input');
    this.submitButton = page.getByTestId('manual-submit');
    this.backspaceKey = page.getByTestId('key-backspace');
    this.clearKey = page.getByTestId('key-clear');
    this.backButton = this.root.getByTestId('nav-home');
  }

  key(char: string): Locator {
    return this.root.getByTestId(keyTestId(char));
  }

  /** Taps the code on the on-screen keypad, key by key. */
  async tapCode(code: string): Promise<void> {
    for (const char of code) await this.key(char).click();
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }
}
