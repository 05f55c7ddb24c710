import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { LockoutClock, PERSIST_STEP_MS } from '../../../../electron/technician/lockout-clock.ts';
import type { LockoutStorage } from '../../../../electron/technician/lockout-clock.ts';
import { PinStore } from '../../../../electron/technician/pin-store.ts';
import { FIRST_LOCKOUT_MS } from '../../../../electron/technician/technician-auth.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, openTestHost, testClock } from './technician-harness.ts';

const tempDir = useTempDir();

/** A ticker the test fires by hand; `running` says whether the clock keeps one going. */
function manualTicker() {
  const ticks = new Set<() => void>();
  return {
    ticker: (_ms: number, tick: () => void) => {
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    fire: () => [...ticks].forEach((tick) => tick()),
    get running() {
      return ticks.size;
    },
  };
}

describe('a running lockout nobody checks', () => {
  it('writes its time left back every few seconds, and stops once it ran out', () => {
    let stored: number | null = null;
    const storage: LockoutStorage = { readRemaining: () => stored, saveRemaining: (ms) => (stored = ms) };
    let ms = 0;
    const ticks = manualTicker();
    const clock = new LockoutClock(storage, () => ms, ticks.ticker);
    expect(ticks.running).toBe(0);

    stored = FIRST_LOCKOUT_MS;
    clock.arm(FIRST_LOCKOUT_MS);
    expect(ticks.running).toBe(1);
    ms += PERSIST_STEP_MS;
    ticks.fire();
    expect(stored).toBe(FIRST_LOCKOUT_MS - PERSIST_STEP_MS);
    ms += 2 * 60_000;
    ticks.fire();
    expect(stored).toBe(FIRST_LOCKOUT_MS - PERSIST_STEP_MS - 2 * 60_000);

    ms += FIRST_LOCKOUT_MS;
    ticks.fire();
    expect(stored).toBe(0);
    expect(ticks.running).toBe(0);
  });

  it('a lockout stored by the last run counts down from the start, and a tick after the database closed stops quietly', () => {
    const dbPath = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(dbPath);
    const pins = new PinStore(db);
    pins.saveAttempts({ failedAttempts: 5, lockouts: 1, lockRemainingMs: FIRST_LOCKOUT_MS });
    let ms = 0;
    const ticks = manualTicker();
    const clock = new LockoutClock(
      { readRemaining: () => pins.read().lockRemainingMs, saveRemaining: (left) => pins.saveLockRemaining(left) },
      () => ms,
      ticks.ticker,
    );
    expect(clock.remaining()).toBe(FIRST_LOCKOUT_MS);
    ms += 60_000;
    ticks.fire();
    expect(pins.read().lockRemainingMs).toBe(FIRST_LOCKOUT_MS - 60_000);
    db.close();
    ms += PERSIST_STEP_MS;
    expect(() => ticks.fire()).not.toThrow();
    expect(ticks.running).toBe(0);
  });

  it('closing the host writes back what is left: after a restart only that remains, not the full lockout', async () => {
    const dir = tempDir();
    const clock = testClock();
    const first = await openTestHost(dir, clock.host);
    await first.unlock();
    for (let i = 0; i < 5; i++) await first.call('technicianUnlock', { pin: '000001' });
    // Four minutes pass and nobody looks at the kiosk; then it restarts.
    clock.advance(4 * 60_000);
    await first.close();

    const restarted = testClock('2026-03-01T00:00:00Z');
    const second = await openTestHost(dir, restarted.host);
    expect(await second.call('technicianStatus', {})).toMatchObject({
      lockedUntil: new Date(restarted.now().getTime() + FIRST_LOCKOUT_MS - 4 * 60_000).toISOString(),
    });
    restarted.advance(FIRST_LOCKOUT_MS - 4 * 60_000);
    expect(await second.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'unlocked' });
    await second.close();
  });
});
