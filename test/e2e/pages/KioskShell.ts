import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ScreenName = 'starting' | 'failed' | 'home' | 'manual' | 'result' | 'unreadable' | 'not-found' | 'other-agency' | 'wait' | 'out-of-service';

/** What every screen shares: header (site, demo mark, language) and the data-as-of banner. */
export class KioskShell {
  readonly app: Locator;
  readonly siteName: Locator;
  readonly demoMark: Locator;
  readonly dataAsOf: Locator;
  readonly pending: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('kiosk-app');
    this.siteName = page.getByTestId('site-name');
    this.demoMark = page.getByTestId('demo-mark');
    this.dataAsOf = page.getByTestId('data-as-of');
    this.pending = page.getByTestId('lookup-pending');
  }

  /** Opens the kiosk's start-up address (sets the token cookie) and waits for the home screen. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectScreen('home');
  }

  async expectScreen(name: ScreenName, options: { timeout?: number } = {}): Promise<void> {
    await expect(this.app).toHaveAttribute('data-screen', name, options);
  }

  languageButton(lang: 'vi' | 'en'): Locator {
    return this.page.getByTestId(`lang-${lang}`);
  }

  async setLanguage(lang: 'vi' | 'en'): Promise<void> {
    await this.languageButton(lang).click();
    await expect(this.languageButton(lang)).toHaveAttribute('aria-pressed', 'true');
  }

  async screenshot(name: string): Promise<void> {
    // Let web fonts finish and the pending overlay's fade-in never show in a picture.
    await this.page.evaluate(() => document.fonts.ready);
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' });
  }
}
