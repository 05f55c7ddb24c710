import { describe, expect, it, vi } from 'vitest';
import { ActivityMonitor } from '../../../../electron/updates/activity-monitor.ts';
import { UpdateController } from '../../../../electron/updates/update-controller.ts';
import type { UpdaterPort } from '../../../../electron/updates/update-controller.ts';
import { emptyUpdateRecord } from '../../../../electron/updates/update-record.ts';
import type { UpdateRecord } from '../../../../electron/updates/update-record.ts';
import type { InstallKind, UpdateFeed } from '../../../../electron/updates/update-types.ts';
import { FakeClock } from './fake-clock.ts';

const MINUTE = 60_000;
const FEED: UpdateFeed = { url: 'https://district.example/updates/', headers: {} };

function setUp(options: { published?: string; kind?: InstallKind; record?: UpdateRecord; feed?: UpdateFeed | null; current?: string } = {}) {
  const clock = new FakeClock();
  let stored = options.record ?? emptyUpdateRecord();
  const store = { read: () => stored, write: vi.fn((record: UpdateRecord) => void (stored = record)) };
  const published = { version: options.published ?? '1.1.0' };
  const updater = {
    kind: options.kind ?? 'appimage',
    check: vi.fn(async (_feed: UpdateFeed, accept: (version: string) => boolean) => ({ version: published.version, available: accept(published.version) })),
    download: vi.fn(async () => undefined),
    install: vi.fn(() => undefined),
  } satisfies UpdaterPort;
  const activity = new ActivityMonitor(clock.ms);
  const controller = new UpdateController({
    updater,
    store,
    currentVersion: options.current ?? '1.0.0',
    feed: () => (options.feed === undefined ? FEED : options.feed),
    activity,
    quietMs: () => 5 * MINUTE,
    now: clock.date,
    timers: clock.timers,
    random: () => 0.5,
  });
  return { clock, controller, updater, activity, published, stored: () => stored };
}

describe('UpdateController', () => {
  it('checks a while after start, downloads in the background, then installs only once nobody has touched the kiosk for a while', async () => {
    const { clock, controller, updater, activity, stored } = setUp();
    controller.startup();
    controller.start();
    await clock.advance(MINUTE);
    expect(updater.check).not.toHaveBeenCalled();
    await clock.advance(MINUTE);
    expect(updater.check).toHaveBeenCalledWith(FEED, expect.any(Function));
    expect(updater.download).toHaveBeenCalledTimes(1);
    expect(controller.report().state).toBe('waiting-for-idle');

    // A citizen keeps using it: every minute a touch.
    for (let i = 0; i < 20; i++) {
      activity.touch();
      await clock.advance(MINUTE);
    }
    expect(updater.install).not.toHaveBeenCalled();

    await clock.advance(5 * MINUTE + 30_000);
    expect(updater.install).toHaveBeenCalledTimes(1);
    expect(stored().pending).toMatchObject({ from: '1.0.0', to: '1.1.0' });
    expect(controller.report().state).toBe('installing');
  });

  it('checks again every six hours or so when nothing is new', async () => {
    const { clock, controller, updater } = setUp({ published: '1.0.0' });
    controller.start();
    await clock.advance(2 * MINUTE);
    expect(updater.check).toHaveBeenCalledTimes(1);
    expect(controller.report()).toMatchObject({ state: 'idle', published: '1.0.0', lastError: null });
    await clock.advance(6 * 60 * MINUTE);
    expect(updater.check).toHaveBeenCalledTimes(2);
    expect(updater.download).not.toHaveBeenCalled();
  });

  it('does not download a version that failed here before, and says so in the report', async () => {
    const record: UpdateRecord = { ...emptyUpdateRecord(), bad: [{ version: '1.1.0', reason: 'start-failed', at: '2026-11-19T00:00:00Z', detail: 'x' }] };
    const { clock, controller, updater } = setUp({ record });
    controller.start();
    await clock.advance(2 * MINUTE);
    expect(updater.check).toHaveBeenCalled();
    expect(updater.download).not.toHaveBeenCalled();
    expect(controller.report()).toMatchObject({ published: '1.1.0', bad: [{ version: '1.1.0', reason: 'start-failed' }] });
  });

  it('is disabled without a feed, and for a development run', async () => {
    const noFeed = setUp({ feed: null });
    noFeed.controller.start();
    await noFeed.clock.advance(3 * MINUTE);
    expect(noFeed.updater.check).not.toHaveBeenCalled();
    expect(noFeed.controller.report().state).toBe('disabled');

    const dev = setUp({ kind: 'unsupported' });
    dev.controller.start();
    await dev.clock.advance(10 * MINUTE);
    expect(dev.updater.check).not.toHaveBeenCalled();
    expect(dev.controller.report().state).toBe('disabled');
  });

  it('a deb installation only reports what is available (installing needs root)', async () => {
    const { clock, controller, updater } = setUp({ kind: 'deb' });
    controller.start();
    await clock.advance(2 * MINUTE);
    expect(updater.download).not.toHaveBeenCalled();
    expect(controller.report()).toMatchObject({ state: 'available', published: '1.1.0', installKind: 'deb' });
  });

  it('a failed check is retried after half an hour and reported', async () => {
    const { clock, controller, updater } = setUp();
    updater.check.mockRejectedValueOnce(new Error('getaddrinfo ENOTFOUND district.example'));
    controller.start();
    await clock.advance(2 * MINUTE);
    expect(controller.report()).toMatchObject({ state: 'error', lastError: expect.stringContaining('ENOTFOUND') });
    await clock.advance(30 * MINUTE);
    expect(updater.check).toHaveBeenCalledTimes(2);
    expect(updater.download).toHaveBeenCalledTimes(1);
  });

  it('an installer that cannot start counts as a failed install, and the second one makes the version bad', async () => {
    const { clock, controller, updater, stored } = setUp();
    updater.install.mockImplementation(() => {
      throw new Error('spawn EACCES');
    });
    controller.start();
    await clock.advance(2 * MINUTE + 6 * MINUTE);
    expect(updater.install).toHaveBeenCalledTimes(1);
    expect(stored()).toMatchObject({ pending: null, installFailures: { '1.1.0': 1 }, bad: [] });
    await clock.advance(30 * MINUTE + 6 * MINUTE);
    expect(updater.install).toHaveBeenCalledTimes(2);
    expect(stored().bad).toEqual([expect.objectContaining({ version: '1.1.0', reason: 'install-failed' })]);
    await clock.advance(24 * 60 * MINUTE);
    expect(updater.download).toHaveBeenCalledTimes(2);
  });

  it('a version on trial that is not healthy within five minutes is recorded bad; markHealthy ends the trial', async () => {
    const trial = { ...emptyUpdateRecord(), pending: { from: '1.0.0', to: '1.1.0', at: '2026-11-20T02:00:00Z' } };
    const late = setUp({ record: trial, current: '1.1.0', published: '1.1.0' });
    expect(late.controller.startup()).toEqual({ kind: 'updated', from: '1.0.0', to: '1.1.0' });
    expect(late.controller.report().trial).toEqual({ version: '1.1.0', starts: 1 });
    await late.clock.advance(5 * MINUTE);
    expect(late.stored().bad).toEqual([expect.objectContaining({ version: '1.1.0', reason: 'start-failed' })]);
    expect(late.controller.report().trial).toBeNull();

    const fine = setUp({ record: trial, current: '1.1.0', published: '1.1.0' });
    fine.controller.startup();
    fine.controller.markHealthy();
    await fine.clock.advance(10 * MINUTE);
    expect(fine.stored()).toMatchObject({ bad: [], trial: null });
  });

  it('stop() cancels every timer', async () => {
    const { clock, controller } = setUp();
    controller.start();
    controller.stop();
    expect(clock.pending).toBe(0);
  });
});
