import type { CDPSession, Locator, Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/**
 * A finger on the touch screen, through the DevTools protocol (as Playwright's touchscreen).
 * Each touch carries the time a finger would have made it, so a double tap stays a double tap
 * however slowly a loaded test machine delivers the events.
 */
export class TouchScreen {
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  async centreOf(target: Locator): Promise<Point> {
    const box = await target.boundingBox();
    if (!box) throw new Error('the target is not on screen');
    return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  }

  /** Taps `count` times at `point`, `gapMs` apart (a double tap: 2 taps about 150 ms apart). */
  async tapRepeatedly(point: Point, count: number, gapMs = 150): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const cdp = this.cdp;
    const start = Date.now() / 1000;
    const events: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const downAt = start + (i * gapMs) / 1000;
      events.push({ type: 'touchStart', touchPoints: [{ ...point, id: 1 }], timestamp: downAt });
      events.push({ type: 'touchEnd', touchPoints: [], timestamp: downAt + 0.05 });
    }
    for (const params of events) await cdp.send('Input.dispatchTouchEvent', params as never);
  }

  /** A finger down at `point`, `whileDown` run (the screen moving under it), then lifted. */
  async tapWhile(point: Point, whileDown: () => Promise<void>): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...point, id: 1 }] });
    await whileDown();
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  doubleTap(target: Locator | Point, gapMs = 150): Promise<void> {
    return 'x' in target ? this.tapRepeatedly(target, 2, gapMs) : this.centreOf(target).then((point) => this.tapRepeatedly(point, 2, gapMs));
  }

  /** The test id of the nearest element with one under `point` (what a tap there would hit). */
  testIdAt(point: Point): Promise<string | null> {
    return this.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid]')?.getAttribute('data-testid') ?? null, point);
  }
}
