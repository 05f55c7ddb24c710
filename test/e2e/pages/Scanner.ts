import type { CDPSession, Page } from '@playwright/test';
import type { KioskMetrics } from '../../../renderer/metrics/kiosk-metrics.ts';
import { usKeyForChar } from '../../../renderer/scanner/us-key-map.ts';

export type Suffix = 'Enter' | 'Tab' | null;

/** What another layout or an input method makes of a physical key (`key`, inserted text). */
export type Rendering = { key: string; text?: string; keyCode?: number };

const VK_BY_CODE: Record<string, number> = {
  Minus: 189, Equal: 187, BracketLeft: 219, BracketRight: 221, Backslash: 220, Semicolon: 186,
  Quote: 222, Backquote: 192, Comma: 188, Period: 190, Slash: 191, Space: 32, Enter: 13, Tab: 9,
};

function virtualKeyCode(code: string): number {
  if (code.startsWith('Key')) return code.charCodeAt(3);
  if (code.startsWith('Digit')) return 48 + Number(code.slice(5));
  return VK_BY_CODE[code] ?? 0;
}

const SHIFT = 8;

export interface ScanOptions {
  /** The scanner's configured suffix key. */
  suffix?: Suffix;
  /** Milliseconds between two characters, as stamped on the events. */
  gapMs?: number;
  /**
   * When the scanner began typing the code (Date.now() ms): a loaded machine may send it later.
   * By default a burst has just ended as it is sent (no key stamped after it reaches the page),
   * and a person's slow typing begins now.
   */
  readAt?: number;
  /**
   * A loaded machine's stall: the page gets the burst's first `afterChars` characters, and the
   * rest `forMs` later (long enough for its silence to cut the burst). The stamps stay the scanner's.
   */
  stall?: { afterChars: number; forMs: number };
}

/**
 * A keyboard-wedge scanner, as the browser sees one: trusted key events for physical US keys
 * (code + Shift) sent through the DevTools protocol (what Playwright's keyboard uses too).
 * Each event carries the time a scanner would have sent it, like the hardware timestamps
 * of real key events, so a busy test machine cannot stretch a burst to a person's pace.
 */
export class Scanner {
  private cdp: CDPSession | null = null;

  /** onFakeClock: the page runs on Playwright's fake clock (see `scanThroughLayout`). */
  constructor(
    readonly page: Page,
    private readonly onFakeClock = false,
  ) {}

  async scan(text: string, options: ScanOptions = {}): Promise<void> {
    await this.scanThroughLayout(text, (char) => ({ key: char, text: char }), options);
  }

  async scanThroughLayout(text: string, render: (char: string) => Rendering, { suffix = 'Enter', gapMs = 3, readAt, stall }: ScanOptions = {}): Promise<void> {
    if (stall && (this.onFakeClock || gapMs >= 20)) throw new Error('a stall is for a burst on the real clock');
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const events: Record<string, unknown>[] = [];
    /** Where the events of the character `stall.afterChars` (or the suffix) begin. */
    let stallAt = -1;
    let chars = 0;
    let at = readAt ?? (gapMs < 20 ? Date.now() - [...text].length * gapMs : Date.now());
    const stamp = () => at / 1000;
    for (const char of text) {
      if (chars++ === stall?.afterChars) stallAt = events.length;
      const key = usKeyForChar(char);
      if (!key) throw new Error(`no US key for ${JSON.stringify(char)}`);
      const shown = render(char);
      const modifiers = key.shiftKey ? SHIFT : 0;
      const keyCode = shown.keyCode ?? virtualKeyCode(key.code);
      const timestamp = stamp();
      if (key.shiftKey) events.push({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers, timestamp });
      events.push({
        type: shown.text ? 'keyDown' : 'rawKeyDown',
        code: key.code,
        key: shown.key,
        text: shown.text,
        unmodifiedText: shown.text,
        windowsVirtualKeyCode: keyCode,
        modifiers,
        timestamp,
      });
      events.push({ type: 'keyUp', code: key.code, key: shown.key, windowsVirtualKeyCode: keyCode, modifiers, timestamp });
      if (key.shiftKey) events.push({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, timestamp });
      at += gapMs;
    }
    if (stallAt < 0) stallAt = events.length;
    if (suffix) {
      const text = suffix === 'Enter' ? '\r' : '\t';
      const timestamp = stamp();
      events.push({ type: 'keyDown', key: suffix, code: suffix, windowsVirtualKeyCode: VK_BY_CODE[suffix], text, timestamp });
      events.push({ type: 'keyUp', key: suffix, code: suffix, windowsVirtualKeyCode: VK_BY_CODE[suffix], timestamp });
    }
    const cdp = this.cdp;
    if (stall) {
      await Promise.all(events.slice(0, stallAt).map((params) => cdp.send('Input.dispatchKeyEvent', params as never)));
      await new Promise((resolve) => setTimeout(resolve, stall.forMs));
      await Promise.all(events.slice(stallAt).map((params) => cdp.send('Input.dispatchKeyEvent', params as never)));
      return;
    }
    if (gapMs < 20) {
      // The fake clock stamps events with its own time, not the events' timestamps: held still, it
      // stamps the whole burst at one moment, as a scanner's burst is, however slow the machine.
      if (this.onFakeClock) await this.holdClock();
      await Promise.all(events.map((params) => cdp.send('Input.dispatchKeyEvent', params as never)));
      if (this.onFakeClock) await this.page.clock.resume();
      return;
    }
    // A slow "burst" (a person's pace) is sent in real time, so timers see it as it is.
    for (const params of events) {
      const due = (params.timestamp as number) * 1000 - Date.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      await cdp.send('Input.dispatchKeyEvent', params as never);
    }
  }

  /** Stops the fake clock a moment ahead of the page's time (which flows on while we ask for it). */
  private async holdClock(): Promise<void> {
    for (let aheadMs = 1_000; ; aheadMs *= 4) {
      const now = await this.page.evaluate(() => Date.now());
      try {
        await this.page.clock.pauseAt(now + aheadMs);
        return;
      } catch (error) {
        if (aheadMs > 60_000) throw error;
      }
    }
  }

  /** How many lookups the page has started (window.__kioskMetrics). */
  lookupCount(): Promise<number> {
    return this.page.evaluate(() => (window as Window & { __kioskMetrics?: KioskMetrics }).__kioskMetrics?.lookups.length ?? 0);
  }
}
