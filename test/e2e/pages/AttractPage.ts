import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The attract screen an idle kiosk shows: how to scan, what a citizen can do here. */
export class AttractPage {
  readonly root: Locator;
  readonly startButton: Locator;
  readonly scannerHint: Locator;
  readonly receiptPicture: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('screen-attract');
    this.startButton = page.getByTestId('attract-start');
    this.scannerHint = page.getByTestId('attract-scanner');
    this.receiptPicture = this.root.locator('.receipt-illustration');
  }

  /** Waits for home to turn into the attract screen (after the idle timeout). */
  async waitUntilShown(timeout = 20_000): Promise<void> {
    await expect(this.root).toBeVisible({ timeout });
    await expect(this.page.getByTestId('kiosk-app')).toHaveAttribute('data-screen', 'attract');
  }

  /**
   * On a fake clock (the fakeClock fixture): jumps over the kiosk's idle timeout until home has
   * turned into the attract screen (a citizen's display modes first count down to the site's).
   */
  async fastForwardUntilShown(idleTimeoutMs = 90_000): Promise<void> {
    await expect
      .poll(async () => {
        if (await this.root.isVisible()) return true;
        await this.page.clock.fastForward(idleTimeoutMs + 1_000);
        return this.root.isVisible();
      })
      .toBe(true);
    await this.waitUntilShown();
  }

  /** A touch somewhere on the screen (not necessarily on the button). */
  async touchAt(x: number, y: number): Promise<void> {
    await this.page.touchscreen.tap(x, y);
  }
}
