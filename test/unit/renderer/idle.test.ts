import { describe, expect, it } from 'vitest';
import { countdownSeconds, idlePhase } from '../../../renderer/state/idle.ts';

describe('idle timeout', () => {
  it('counts down the last 10 seconds of a long timeout', () => {
    expect(countdownSeconds(90)).toBe(10);
    expect(idlePhase(79_000, 0, 90)).toEqual({ kind: 'active' });
    expect(idlePhase(80_000, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 10 });
    expect(idlePhase(85_500, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 5 });
    expect(idlePhase(89_999, 0, 90)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(90_000, 0, 90)).toEqual({ kind: 'expired' });
  });

  it('counts down the last half of a short timeout', () => {
    expect(countdownSeconds(10)).toBe(5);
    expect(idlePhase(4_000, 0, 10)).toEqual({ kind: 'active' });
    expect(idlePhase(6_000, 0, 10)).toEqual({ kind: 'warning', secondsLeft: 4 });
  });

  it('starts over from the last activity', () => {
    expect(idlePhase(100_000, 95_000, 10)).toEqual({ kind: 'warning', secondsLeft: 5 });
    expect(idlePhase(100_000, 99_000, 10)).toEqual({ kind: 'active' });
  });
});
