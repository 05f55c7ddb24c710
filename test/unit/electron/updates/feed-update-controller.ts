import { ActivityMonitor } from '../../../../electron/updates/activity-monitor.ts';
import { UpdateController } from '../../../../electron/updates/update-controller.ts';
import type { UpdateRecordStore, UpdaterPort } from '../../../../electron/updates/update-controller.ts';
import { FakeClock } from './fake-clock.ts';
import type { UpdateFeedServer } from './update-feed-harness.ts';

/** An UpdateController checking the stand-in feed at once (no quiet wait), on a fake clock. */
export function feedUpdateController(options: { feed: UpdateFeedServer; updater: UpdaterPort; store: UpdateRecordStore; currentVersion: string }): UpdateController {
  const clock = new FakeClock();
  return new UpdateController({
    updater: options.updater,
    store: options.store,
    currentVersion: options.currentVersion,
    feed: () => ({ url: `${options.feed.base}/updates/`, headers: {} }),
    activity: new ActivityMonitor(clock.ms),
    quietMs: () => 0,
    timers: clock.timers,
    now: clock.date,
  });
}
