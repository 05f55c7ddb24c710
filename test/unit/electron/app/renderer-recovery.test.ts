import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { RendererRecovery, watchRenderer } from '../../../../electron/app/crash-recovery.ts';
import { outOfServicePageHtml } from '../../../../electron/app/crash-recovery-page.ts';
import { FakeBrowserWindow } from './fakes.ts';
import { FakeClock } from '../updates/fake-clock.ts';

vi.mock('electron', () => ({}));

function setUp() {
  const clock = new FakeClock();
  const loads: string[] = [];
  const recovery = new RendererRecovery({
    version: '0.1.0',
    timers: clock.timers,
    now: clock.ms,
    loadKiosk: () => loads.push('kiosk'),
    loadPage: (url) => loads.push(url.startsWith('data:text/html') ? `page:${decodeURIComponent(url)}` : url),
  });
  return { clock, recovery, loads };
}

describe('RendererRecovery', () => {
  it('reloads the kiosk page after 1 s, then 2 s, then 4 s when it keeps failing', async () => {
    const { clock, recovery, loads } = setUp();
    const at: number[] = [];
    const start = clock.now;
    for (let i = 0; i < 3; i++) {
      recovery.failed('the screen’s process ended (crashed, exit 139)');
      const before = loads.length;
      while (loads.length === before) await clock.advance(100);
      at.push(clock.now - start);
    }
    expect(loads).toEqual(['kiosk', 'kiosk', 'kiosk']);
    expect(at).toEqual([1000, 3000, 7000]);
  });

  it('after more than 3 failures in 10 minutes shows the out-of-service page, says what happened, and keeps trying', async () => {
    const { clock, recovery, loads } = setUp();
    for (let i = 0; i < 3; i++) {
      recovery.failed('the screen’s process ended (oom, exit 133)');
      await clock.advance(10_000);
    }
    recovery.failed('the screen’s process ended (oom, exit 133)');
    const page = loads.at(-1)!;
    expect(page.startsWith('page:')).toBe(true);
    expect(page).toContain('Máy tạm ngưng phục vụ');
    expect(page).toContain('the screen’s process ended (oom, exit 133), 4 time(s) in the last 10 minutes');
    expect(page).toContain('Version 0.1.0');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script/i);
    await clock.advance(30_000);
    expect(loads.at(-1)).toBe('kiosk');
    // Still failing: the page again, and the next try later (60 s).
    recovery.failed('the screen stopped responding');
    expect(loads.at(-1)).toContain('the screen stopped responding, 5 time(s)');
    await clock.advance(59_000);
    expect(loads.at(-1)).not.toBe('kiosk');
    await clock.advance(1_000);
    expect(loads.at(-1)).toBe('kiosk');
  });

  it('a page that stays up a minute ends the series: the next failure reloads after 1 s again; old failures age out', async () => {
    const { clock, recovery, loads } = setUp();
    recovery.failed('x');
    await clock.advance(1000);
    recovery.failed('x');
    await clock.advance(2000);
    recovery.loaded();
    await clock.advance(60_000);
    recovery.failed('x');
    await clock.advance(1000);
    expect(loads).toEqual(['kiosk', 'kiosk', 'kiosk']);
    await clock.advance(10 * 60_000);
    expect(recovery.recent.count).toBe(0);
  });

  it('escapes what it shows', () => {
    expect(outOfServicePageHtml({ what: '<img src=x onerror=alert(1)>', times: 1, windowMinutes: 10, retryAt: new Date(0), version: '1' })).not.toContain('<img');
  });
});

class RecoveringWindow extends FakeBrowserWindow {
  constructor() {
    super({});
    Object.assign(this.webContents, { forcefullyCrashRenderer: vi.fn(), getURL: () => 'kiosk://app/index.html' });
  }
}

describe('watchRenderer', () => {
  function watched() {
    const clock = new FakeClock();
    const window = new RecoveringWindow();
    const recovery = { failed: vi.fn(), loaded: vi.fn(), dispose: vi.fn() };
    watchRenderer(window as unknown as BrowserWindow, recovery as unknown as RendererRecovery, { timers: clock.timers, unresponsiveMs: 15_000 });
    return { clock, window, recovery };
  }

  it('a renderer gone for any reason but a clean exit is a failure', () => {
    const { window, recovery } = watched();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(recovery.failed).not.toHaveBeenCalled();
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 133 });
    expect(recovery.failed).toHaveBeenCalledWith("the screen's process ended (oom, exit 133)");
  });

  it('a page hung for 15 s is killed, and its end is reported as a hang', async () => {
    const { clock, window, recovery } = watched();
    const contents = window.webContents as unknown as { forcefullyCrashRenderer: ReturnType<typeof vi.fn> };
    window.emit('unresponsive');
    await clock.advance(10_000);
    window.emit('responsive');
    await clock.advance(10_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    window.emit('unresponsive');
    await clock.advance(15_000);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(recovery.failed).toHaveBeenCalledWith('the screen stopped responding');
  });

  it('a kiosk page that fails to load is a failure; an aborted load or a subframe is not', () => {
    const { window, recovery } = watched();
    window.webContents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'kiosk://app/index.html', true);
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'kiosk://app/x.html', false);
    expect(recovery.failed).not.toHaveBeenCalled();
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'kiosk://app/index.html', true);
    expect(recovery.failed).toHaveBeenCalledWith('the screen did not load (ERR_FILE_NOT_FOUND)');
    window.webContents.emit('did-finish-load');
    expect(recovery.loaded).toHaveBeenCalled();
  });
});
