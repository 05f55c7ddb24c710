import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { TAP_QUIET_MS } from '../../../renderer/touch/tap-guard.ts';

export type TechnicianTab = 'settings' | 'connection' | 'sync' | 'scanner' | 'printer' | 'diagnostics';

/** Technician mode: the hidden corner, the PIN pad, and the panel with its tabs. */
export class TechnicianPage {
  readonly corner: Locator;
  readonly root: Locator;
  readonly setPin: Locator;
  readonly enterPin: Locator;
  readonly pinMessage: Locator;
  readonly panel: Locator;
  readonly exitButton: Locator;
  readonly connectionResult: Locator;
  readonly connectionMessage: Locator;

  constructor(readonly page: Page) {
    this.corner = page.getByTestId('technician-corner');
    this.root = page.getByTestId('screen-technician');
    this.setPin = page.getByTestId('tech-set-pin');
    this.enterPin = page.getByTestId('tech-enter-pin');
    this.pinMessage = page.getByTestId('tech-pin-message');
    this.panel = page.getByTestId('tech-panel');
    this.exitButton = page.getByTestId('tech-exit');
    this.connectionResult = page.getByTestId('tech-connection-result');
    this.connectionMessage = page.getByTestId('tech-connection-message');
  }

  /** The hidden gesture: five quick taps on the top-left corner. */
  async openWithGesture(): Promise<void> {
    for (let i = 0; i < 5; i++) await this.corner.tap();
    await expect(this.root).toBeVisible();
    // A tap within 400 ms of a screen change is taken for a double tap's second and ignored
    // (renderer/touch/tap-guard.ts): no person types a PIN that fast, but a test would.
    await this.page.waitForTimeout(TAP_QUIET_MS + 100);
  }

  /**
   * First run: a technician runs `kiosk config reset-pin` on the kiosk, types the setup code it
   * printed, then the new PIN twice.
   */
  async setFirstPin(kiosk: { issueSetupCode(): Promise<string> }, pin: string): Promise<void> {
    await expect(this.setPin).toHaveAttribute('data-step', 'setup-code');
    await this.typePin(await kiosk.issueSetupCode());
    await this.typePin(pin);
    await this.typePin(pin);
  }

  /** Types a PIN on the pad, digit by digit, and submits it. */
  async typePin(pin: string): Promise<void> {
    for (const digit of pin) await this.page.getByTestId(`tech-pin-key-${digit}`).tap();
    await this.page.getByTestId('tech-pin-submit').tap();
  }

  tab(name: TechnicianTab): Locator {
    return this.page.getByTestId(`tech-tab-${name}`);
  }

  async openTab(name: TechnicianTab): Promise<void> {
    await this.tab(name).tap();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  setting(key: string): Locator {
    return this.page.getByTestId(`tech-setting-${key}`);
  }

  settingStatus(key: string): Locator {
    return this.page.getByTestId(`tech-status-${key}`);
  }

  /** Steps a number setting up (positive) or down and saves it. */
  async stepSetting(key: string, steps: number): Promise<void> {
    const button = this.page.getByTestId(steps > 0 ? `tech-inc-${key}` : `tech-dec-${key}`);
    for (let i = 0; i < Math.abs(steps); i++) await button.tap();
    await this.page.getByTestId(`tech-apply-${key}`).tap();
  }

  async chooseOption(key: string, option: string): Promise<void> {
    await this.page.getByTestId(`tech-option-${key}-${option}`).tap();
    await expect(this.page.getByTestId(`tech-option-${key}-${option}`)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Opens a text setting's editor and types on the on-screen keyboard. */
  async typeSetting(key: string, text: string): Promise<void> {
    await this.page.getByTestId(`tech-edit-${key}`).tap();
    const input = this.page.getByTestId(`tech-input-${key}`);
    await input.fill('');
    const keyboard = this.page.getByTestId(`tech-editor-${key}`).getByTestId('tech-kb');
    for (const char of text) {
      const key = keyboard.getByTestId(char === ' ' ? 'tech-kb-space' : `tech-kb-${char}`);
      if ((await key.count()) === 0) await keyboard.getByRole('button', { name: /Ký hiệu|Symbols|Chữ cái|Letters/ }).tap();
      await key.tap();
    }
    await expect(input).toHaveValue(text);
    await this.page.getByTestId(`tech-save-${key}`).tap();
  }

  async testConnection(): Promise<void> {
    await this.page.getByTestId('tech-test-connection').tap();
    await expect(this.connectionResult).toBeVisible({ timeout: 15_000 });
  }

  async exit(): Promise<void> {
    await this.exitButton.tap();
    await expect(this.root).toBeHidden();
  }

  /** Every visible button, switch and tab of technician mode is at least 64 by 64 px. */
  async expectTouchTargets(): Promise<void> {
    const small = await this.root.evaluate((root) =>
      [...root.querySelectorAll('button, [role="switch"], [role="tab"], [role="radio"], input')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0)
        .filter(({ box }) => box.width < 63.5 || box.height < 63.5)
        .map(({ el, box }) => `${el.getAttribute('data-testid') ?? el.textContent?.trim()}: ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  }
}
