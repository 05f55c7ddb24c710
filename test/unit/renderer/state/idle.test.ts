import { describe, expect, it } from 'vitest';
import { IDLE_TIMEOUT_MIN_SEC, IDLE_WARNING_SEC, settingsSchema } from '../../../../shared/contract/index.ts';
import { countdownSeconds, idlePhase } from '../../../../renderer/state/idle.ts';

describe('idle timeout', () => {
  it('counts down the last 30 seconds: at least 20 s to ask for more time (WCAG 2.2.1)', () => {
    expect(countdownSeconds(90)).toBe(30);
    expect(idlePhase(59_000, 0, 90)).toEqual({ kind: 'active' });
    expect(idlePhase(60_000, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 30 });
    expect(idlePhase(85_500, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 5 });
    expect(idlePhase(89_999, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(90_000, 0, 90)).toEqual({ kind: 'expired' });
  });

  it('the shortest timeout a setting allows still warns 20 s or more, after a quiet time', () => {
    expect(IDLE_WARNING_SEC).toBeGreaterThanOrEqual(20);
    expect(countdownSeconds(IDLE_TIMEOUT_MIN_SEC)).toBe(IDLE_WARNING_SEC);
    expect(IDLE_TIMEOUT_MIN_SEC).toBeGreaterThan(IDLE_WARNING_SEC);
    expect(settingsSchema.idleTimeoutSec.safeParse(IDLE_TIMEOUT_MIN_SEC).success).toBe(true);
    expect(settingsSchema.idleTimeoutSec.safeParse(IDLE_TIMEOUT_MIN_SEC - 1).success).toBe(false);
    expect(idlePhase(10_000, 0, IDLE_TIMEOUT_MIN_SEC)).toEqual({ kind: 'active' });
  });

  it('starts over from the last activity', () => {
    expect(idlePhase(100_000, 30_000, 90)).toEqual({ kind: 'warning', secondsLeft: 20 });
    expect(idlePhase(100_000, 99_000, 90)).toEqual({ kind: 'active' });
  });
});
