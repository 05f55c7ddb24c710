import { describe, expect, it, vi } from 'vitest';
import { technicianMethods } from '../../../../shared/contract/index.ts';
import { TECHNICIAN_IDLE_MS } from '../../../../electron/host/handlers/technician-handlers.ts';
import { TechnicianSessions } from '../../../../electron/technician/technician-sessions.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost, testClock } from './technician-harness.ts';

const PUBLIC = new Set(['technicianStatus', 'technicianUnlock', 'technicianSetFirstPin']);
/** A well-formed session nobody was given. */
const FORGED = 'A'.repeat(43);

/** Well-formed input for every technician method, so only the session decides. */
function inputFor(method: string, session: string): Record<string, unknown> {
  const extra: Record<string, Record<string, unknown>> = {
    technicianChangePin: { currentPin: '246813', newPin: '864209' },
    technicianSetSetting: { key: 'idleTimeoutSec', value: 60 },
    technicianSetToken: { token: 'forged-token-123' },
    technicianExportDiagnostics: { folder: '/tmp' },
  };
  return { session, ...extra[method] };
}

describe('technician session', () => {
  const tempDir = useTempDir();

  it('refuses every technician method but status/unlock/first PIN to a UI that never entered the PIN', async () => {
    const t = await openTestHost(tempDir());
    const guarded = Object.keys(technicianMethods).filter((m) => !PUBLIC.has(m) && m !== 'technicianLock');
    expect(guarded.length).toBe(14);
    for (const method of guarded) {
      for (const session of [FORGED, undefined]) {
        const response = await t.raw(method, inputFor(method, session as string));
        expect(response.ok, method).toBe(false);
        if (!response.ok) expect(response.error.code, method).toBe(session ? 'unauthorized' : 'invalid-input');
      }
    }
    expect(await t.call('technicianLock', { session: FORGED })).toEqual({ closed: false });
    // Nothing changed: not the setting, not the token.
    expect((await t.call('getKioskInfo', {})).idleTimeoutSec).toBe(90);
    const session = await t.unlock();
    expect((await t.call('technicianGetSettings', { session })).token.set).toBe(false);
    await t.close();
  });

  it('refuses a session after it was locked, and after it was replaced by a new unlock', async () => {
    const t = await openTestHost(tempDir());
    const first = await t.unlock();
    const second = await t.unlock();
    expect((await t.raw('technicianGetSettings', { session: first })).ok).toBe(false);
    expect((await t.raw('technicianGetSettings', { session: second })).ok).toBe(true);
    expect(await t.call('technicianLock', { session: second })).toEqual({ closed: true });
    const after = await t.raw('technicianGetSettings', { session: second });
    expect(after.ok === false && after.error.code).toBe('unauthorized');
    expect(t.events).toContainEqual({ type: 'technicianSession', payload: { open: false, reason: 'locked' } });
    await t.close();
  });

  it('closes after 5 minutes without a technician call; each call extends it', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    const session = await t.unlock();
    clock.advance(TECHNICIAN_IDLE_MS - 1000);
    const touched = await t.call('technicianTouch', { session });
    expect(touched.expiresAt).toBe(new Date(clock.now().getTime() + TECHNICIAN_IDLE_MS).toISOString());
    clock.advance(TECHNICIAN_IDLE_MS - 1000);
    expect((await t.raw('technicianSyncLog', { session })).ok).toBe(true);
    clock.advance(TECHNICIAN_IDLE_MS);
    const expired = await t.raw('technicianSyncLog', { session });
    expect(expired.ok === false && expired.error.code).toBe('unauthorized');
    expect(t.events).toContainEqual({ type: 'technicianSession', payload: { open: false, reason: 'idle' } });
    await t.close();
  });

  it('closes by itself when its time runs out, even if no call comes', () => {
    let now = 0;
    const timers: { fn: () => void; at: number }[] = [];
    const ended: string[] = [];
    const sessions = new TechnicianSessions({
      now: () => new Date(now),
      monotonic: () => now,
      idleMs: 1000,
      onEnd: (reason) => ended.push(reason),
      setTimer: (fn, ms) => timers.push({ fn, at: now + ms }),
      clearTimer: () => undefined,
    });
    const { session } = sessions.open();
    now = 600;
    expect(sessions.touch(session)).toBe(true);
    now = 1100;
    timers.filter((t) => t.at <= now).forEach((t) => t.fn());
    expect(ended).toEqual([]);
    now = 1700;
    timers.filter((t) => t.at <= now).forEach((t) => t.fn());
    expect(ended).toEqual(['idle']);
    expect(sessions.isOpen).toBe(false);
  });

  it('gives each session 256 random bits and compares them in constant time', () => {
    const sessions = new TechnicianSessions({ now: () => new Date(), idleMs: 1000, onEnd: vi.fn() });
    const { session } = sessions.open();
    expect(Buffer.from(session, 'base64url')).toHaveLength(32);
    expect(sessions.isLive(session.slice(0, -2) + (session.endsWith('AA') ? 'BB' : 'AA'))).toBe(false);
    expect(sessions.isLive(session)).toBe(true);
    sessions.closeAll();
  });

  it('leaves kiosk mode on request and returns to it when technician mode closes', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianLeaveKioskMode', { session })).toEqual({ requested: true });
    expect(t.events.filter((e) => e.type === 'kioskMode')).toEqual([{ type: 'kioskMode', payload: { kiosk: false } }]);
    await t.call('technicianLock', { session });
    expect(t.events.filter((e) => e.type === 'kioskMode')).toEqual([
      { type: 'kioskMode', payload: { kiosk: false } },
      { type: 'kioskMode', payload: { kiosk: true } },
    ]);
    await t.close();
  });
});
