import { describe, expect, it } from 'vitest';
import { TECHNICIAN_IDLE_MS } from '../../../../electron/host/handlers/technician-handlers.ts';
import { FIRST_LOCKOUT_MS } from '../../../../electron/technician/technician-auth.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, openTestHost, testClock } from './technician-harness.ts';
import type { TestHost } from './technician-harness.ts';

const HOUR = 60 * 60_000;

async function lockOut(t: TestHost): Promise<void> {
  for (let i = 0; i < 5; i++) await t.call('technicianUnlock', { pin: '000001' });
  expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
}

// The wall clock moves when a technician sets it or NTP steps it; the lockout and the session
// are measured on the monotonic clock, which only time passing moves.
describe('PIN lockout and technician session when the wall clock is stepped', () => {
  const tempDir = useTempDir();

  it('a clock stepped back an hour does not lengthen the lockout; stepped forward a day does not end it', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    await t.unlock();
    await lockOut(t);
    clock.stepWall(-HOUR);
    // Shown on the (new) wall clock: five minutes from now, not an hour and five.
    expect(await t.call('technicianStatus', {})).toMatchObject({ lockedUntil: new Date(clock.now().getTime() + FIRST_LOCKOUT_MS).toISOString() });
    clock.stepWall(24 * HOUR);
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    clock.stepWall(-24 * HOUR);
    clock.advance(FIRST_LOCKOUT_MS - 1000);
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    clock.advance(1000);
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });

  it('a restart re-arms what was left of the lockout, never less', async () => {
    const clock = testClock();
    const dir = tempDir();
    const first = await openTestHost(dir, clock.host);
    await first.unlock();
    await lockOut(first);
    clock.advance(2 * 60_000);
    expect(await first.call('technicianStatus', {})).toMatchObject({ attemptsLeft: 0 });
    await first.close();

    // A new process: its monotonic clock starts again from zero, and the wall clock was set back.
    const restarted = testClock('2026-03-01T00:00:00Z');
    const second = await openTestHost(dir, restarted.host);
    expect(await second.call('technicianStatus', {})).toMatchObject({
      lockedUntil: new Date(restarted.now().getTime() + FIRST_LOCKOUT_MS - 2 * 60_000).toISOString(),
    });
    restarted.advance(FIRST_LOCKOUT_MS - 2 * 60_000 - 1000);
    expect(await second.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    await second.close();

    // Restarted with nobody trying since the last measurement: what was last stored (1 s) or
    // more, never less, remains.
    const third = await openTestHost(dir, testClock('2030-01-01T00:00:00Z').host);
    expect(await third.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    await third.close();
  });

  it('a clock stepped back does not keep a session open; stepped forward it does not close it', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    const session = await t.unlock();
    clock.stepWall(2 * HOUR);
    expect((await t.raw('technicianSyncLog', { session })).ok).toBe(true);
    clock.stepWall(-10 * HOUR);
    clock.advance(TECHNICIAN_IDLE_MS - 1000);
    const touched = await t.call('technicianTouch', { session });
    expect(touched.expiresAt).toBe(new Date(clock.now().getTime() + TECHNICIAN_IDLE_MS).toISOString());
    clock.stepWall(-HOUR);
    clock.advance(TECHNICIAN_IDLE_MS);
    const expired = await t.raw('technicianSyncLog', { session });
    expect(expired.ok === false && expired.error.code).toBe('unauthorized');
    await t.close();
  });
});
