import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { hashPin, verifyPin } from '../../../../electron/technician/pin-hash.ts';
import { weakPinReason } from '../../../../electron/technician/pin-policy.ts';
import { FIRST_LOCKOUT_MS, TechnicianAuth } from '../../../../electron/technician/technician-auth.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { GOOD_PIN, issueSetupCode, openTestHost, testClock } from './technician-harness.ts';
import path from 'node:path';

describe('PIN hashing', () => {
  it('stores scrypt with its parameters and a fresh salt, never the PIN', async () => {
    const first = await hashPin(GOOD_PIN);
    const second = await hashPin(GOOD_PIN);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toContain(GOOD_PIN);
    expect(first).not.toBe(second);
    expect(await verifyPin(GOOD_PIN, first)).toBe(true);
    expect(await verifyPin(GOOD_PIN, second)).toBe(true);
    expect(await verifyPin('246814', first)).toBe(false);
    expect(await verifyPin(`${GOOD_PIN}0`, first)).toBe(false);
  });

  it('is slow on purpose (scrypt N=2^15), and refuses tampered or absurd stored parameters', async () => {
    const started = performance.now();
    const stored = await hashPin(GOOD_PIN);
    expect(performance.now() - started).toBeGreaterThan(10);
    expect(await verifyPin(GOOD_PIN, stored.replace('$32768$', '$1048577$'))).toBe(false);
    expect(await verifyPin(GOOD_PIN, 'plain:246813')).toBe(false);
    expect(await verifyPin(GOOD_PIN, stored.slice(0, -4))).toBe(false);
  });

  it('accepts 6 to 12 digits but not a repeated digit or a run', () => {
    expect(weakPinReason('246813')).toBeNull();
    expect(weakPinReason('902417365518')).toBeNull();
    expect(weakPinReason('12345')).toBe('length');
    expect(weakPinReason('1234567890123')).toBe('length');
    expect(weakPinReason('12a456')).toBe('length');
    expect(weakPinReason('000000')).toBe('trivial');
    expect(weakPinReason('123456')).toBe('trivial');
    expect(weakPinReason('987654')).toBe('trivial');
    expect(weakPinReason('890123')).toBe('trivial');
  });
});

describe('PIN lockout', () => {
  const tempDir = useTempDir();

  const auditRows = (dbPath: string) => {
    const db = openDatabase(dbPath);
    try {
      return db.prepare('SELECT actor, action, detail FROM audit_log ORDER BY id').all() as { actor: string; action: string; detail: string | null }[];
    } finally {
      db.close();
    }
  };

  it('sets the first PIN only with the setup code a shell issued, once; a second "first PIN" is refused', async () => {
    const t = await openTestHost(tempDir());
    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: false, setupCodeIssued: false, lockedUntil: null, attemptsLeft: 5 });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toEqual({ result: 'no-pin' });
    // A fresh install: whoever taps the corner first cannot take technician mode.
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: '0000000000' })).toEqual({ result: 'no-setup-code' });
    const code = await issueSetupCode(t.dbPath);
    expect(code).toMatch(/^\d{10}$/);
    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: false, setupCodeIssued: true });
    const wrong = code === '1357924680' ? '1357924681' : '1357924680';
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: wrong })).toEqual({ result: 'wrong-setup-code', attemptsLeft: 4 });
    expect(await t.call('technicianSetFirstPin', { pin: '111111', setupCode: code })).toEqual({ result: 'weak-pin', reason: 'trivial' });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: code })).toMatchObject({ result: 'unlocked' });
    expect(await t.call('technicianStatus', {})).toMatchObject({ pinSet: true, setupCodeIssued: false, attemptsLeft: 5 });
    expect(await t.call('technicianSetFirstPin', { pin: '975310', setupCode: code })).toEqual({ result: 'pin-already-set' });
    expect(await t.call('technicianUnlock', { pin: '975310' })).toMatchObject({ result: 'wrong-pin' });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'unlocked' });

    // After a reset, only the new code works: the old one was used up, and is replaced anyway.
    const next = await issueSetupCode(t.dbPath);
    if (next !== code) expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: code })).toMatchObject({ result: 'wrong-setup-code' });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: next })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });

  it('locks out after 5 wrong setup codes, like wrong PINs', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    const code = await issueSetupCode(t.dbPath);
    const wrong = code === '1357924680' ? '1357924681' : '1357924680';
    for (const left of [4, 3, 2, 1]) expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: wrong })).toEqual({ result: 'wrong-setup-code', attemptsLeft: left });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: wrong })).toMatchObject({ result: 'locked' });
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: code })).toMatchObject({ result: 'locked' });
    clock.advance(FIRST_LOCKOUT_MS);
    expect(await t.call('technicianSetFirstPin', { pin: GOOD_PIN, setupCode: code })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });

  it('locks after 5 wrong tries, refuses even the right PIN while locked, and opens again when the lockout ends', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    await t.unlock();
    for (const left of [4, 3, 2, 1]) expect(await t.call('technicianUnlock', { pin: '000001' })).toEqual({ result: 'wrong-pin', attemptsLeft: left });
    const locked = await t.call('technicianUnlock', { pin: '000001' });
    expect(locked).toEqual({ result: 'locked', lockedUntil: new Date(clock.now().getTime() + FIRST_LOCKOUT_MS).toISOString() });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    expect(await t.call('technicianStatus', {})).toMatchObject({ attemptsLeft: 0, lockedUntil: locked.result === 'locked' ? locked.lockedUntil : null });

    clock.advance(FIRST_LOCKOUT_MS - 1000);
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    clock.advance(1000);
    expect(await t.call('technicianStatus', {})).toMatchObject({ attemptsLeft: 5, lockedUntil: null });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });

  it('doubles the lockout each time it is earned again without a right PIN between', async () => {
    const clock = testClock();
    const t = await openTestHost(tempDir(), clock.host);
    await t.unlock();
    const lockOut = async () => {
      let last;
      for (let i = 0; i < 5; i++) last = await t.call('technicianUnlock', { pin: '000001' });
      return last;
    };
    const first = await lockOut();
    expect(first).toMatchObject({ result: 'locked' });
    clock.advance(FIRST_LOCKOUT_MS);
    const second = await lockOut();
    expect(second).toEqual({ result: 'locked', lockedUntil: new Date(clock.now().getTime() + 2 * FIRST_LOCKOUT_MS).toISOString() });
    await t.close();
  });

  it('keeps the count and the lockout across a restart of the kiosk', async () => {
    const clock = testClock();
    const dir = tempDir();
    const before = await openTestHost(dir, clock.host);
    await before.unlock();
    for (let i = 0; i < 3; i++) await before.call('technicianUnlock', { pin: '000001' });
    await before.close();

    const after = await openTestHost(dir, clock.host);
    expect(await after.call('technicianStatus', {})).toMatchObject({ pinSet: true, attemptsLeft: 2 });
    await after.call('technicianUnlock', { pin: '000001' });
    expect(await after.call('technicianUnlock', { pin: '000001' })).toMatchObject({ result: 'locked' });
    await after.close();

    const again = await openTestHost(dir, clock.host);
    expect(await again.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'locked' });
    await again.close();
  });

  it('counts parallel guesses one by one: no more than 5 get checked', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    const auth = new TechnicianAuth({ db, audit: new AuditLog(db), now: () => new Date() });
    await auth.setFirstPin(GOOD_PIN, await auth.resetPin('cli'));
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => auth.check(`00000${i}`)));
    expect(results.filter((r) => r.result === 'wrong-pin')).toHaveLength(4);
    expect(results.filter((r) => r.result === 'locked')).toHaveLength(4);
    db.close();
  });

  it('audits setting, unlocking, wrong tries and the lockout, with no PIN in any row', async () => {
    const t = await openTestHost(tempDir());
    await t.unlock();
    for (let i = 0; i < 5; i++) await t.call('technicianUnlock', { pin: '135792' });
    await t.close();
    // Closing the host may close the session too (audited as such): not what this test is about.
    const rows = auditRows(t.dbPath).filter((r) => r.action !== 'session-closed');
    expect(rows.map((r) => r.action)).toEqual(['pin-reset', 'pin-set', 'unlock', 'unlock-failed', 'unlock-failed', 'unlock-failed', 'unlock-failed', 'locked-out']);
    // The setup code came from a shell; the rest happened at the kiosk.
    expect(rows.map((r) => r.actor)).toEqual(['cli', ...Array(7).fill('technician')]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(GOOD_PIN);
    expect(text).not.toContain('135792');
  });

  it('changes the PIN only with the current one, and a wrong current PIN counts toward the lockout', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    expect(await t.call('technicianChangePin', { session, currentPin: '999991', newPin: '864209' })).toEqual({ result: 'wrong-pin', attemptsLeft: 4 });
    expect(await t.call('technicianChangePin', { session, currentPin: GOOD_PIN, newPin: '222222' })).toEqual({ result: 'weak-pin', reason: 'trivial' });
    expect(await t.call('technicianChangePin', { session, currentPin: GOOD_PIN, newPin: '864209' })).toEqual({ result: 'changed' });
    expect(await t.call('technicianUnlock', { pin: GOOD_PIN })).toMatchObject({ result: 'wrong-pin' });
    expect(await t.call('technicianUnlock', { pin: '864209' })).toMatchObject({ result: 'unlocked' });
    await t.close();
  });
});
