// The UI's half of recovery: the out-of-service screen asks the host again until it answers,
// and the HTTP bridge reopens an event stream the browser gave up on.
import { describe, expect, it, vi } from 'vitest';
import type { KioskInfo } from '../../../../shared/contract/index.ts';
import { RECOVERY_DELAYS_MS, watchForHostRecovery } from '../../../../renderer/api/host-recovery.ts';
import { createHttpBridge } from '../../../../renderer/api/http-bridge.ts';
import { FakeClock } from '../../electron/updates/fake-clock.ts';

const INFO = { version: '0.1.0' } as KioskInfo;

describe('watchForHostRecovery', () => {
  it('asks after 3 s, 3 s, 6 s, then every 10 s, and recovers on the first answer', async () => {
    const clock = new FakeClock();
    const asked: number[] = [];
    const start = clock.now;
    let up = false;
    const getKioskInfo = vi.fn(async () => {
      asked.push(clock.now - start);
      if (!up) throw new Error('unreachable');
      return INFO;
    });
    const recovered = vi.fn();
    watchForHostRecovery(getKioskInfo, recovered, clock.timers);
    await clock.advance(42_000);
    expect(asked).toEqual([3_000, 6_000, 12_000, 22_000, 32_000, 42_000]);
    expect(recovered).not.toHaveBeenCalled();
    up = true;
    await clock.advance(10_000);
    expect(recovered).toHaveBeenCalledExactlyOnceWith(INFO);
    expect(clock.pending).toBe(0);
    expect(RECOVERY_DELAYS_MS[0]).toBe(3_000);
  });

  it('stops asking when the screen is left', async () => {
    const clock = new FakeClock();
    const getKioskInfo = vi.fn(async () => INFO);
    const recovered = vi.fn();
    const stop = watchForHostRecovery(getKioskInfo, recovered, clock.timers);
    stop();
    await clock.advance(60_000);
    expect(getKioskInfo).not.toHaveBeenCalled();
    expect(recovered).not.toHaveBeenCalled();
  });
});

class FakeEventSource {
  static made: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  readonly listeners = new Map<string, ((event: Event) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  fire(type: string, data?: string) {
    for (const l of this.listeners.get(type) ?? []) l({ data } as MessageEvent);
  }
}

describe('the HTTP bridge’s event stream', () => {
  it('reopens a stream the browser closed for good, 1 s, 2 s, 4 s … later; the browser’s own retries are left alone', async () => {
    FakeEventSource.made = [];
    const clock = new FakeClock();
    const bridge = createHttpBridge({
      fetch: vi.fn(),
      createEventSource: (url) => new FakeEventSource(url) as unknown as EventSource,
      setTimer: clock.timers.set,
      clearTimer: clock.timers.clear,
    });
    const events: unknown[] = [];
    const off = bridge.onEvent((e) => events.push(e));
    const first = FakeEventSource.made[0]!;

    first.readyState = 0; // CONNECTING: the browser retries by itself
    first.fire('error');
    await clock.advance(10_000);
    expect(FakeEventSource.made).toHaveLength(1);

    first.readyState = 2; // CLOSED: e.g. 401 from a host restarted with another token
    first.fire('error');
    await clock.advance(999);
    expect(FakeEventSource.made).toHaveLength(1);
    await clock.advance(1);
    expect(FakeEventSource.made).toHaveLength(2);
    const second = FakeEventSource.made[1]!;
    second.readyState = 2;
    second.fire('error');
    await clock.advance(2000);
    expect(FakeEventSource.made).toHaveLength(3);

    const third = FakeEventSource.made[2]!;
    third.fire('open');
    third.fire('syncStatus', JSON.stringify({ state: 'idle', lastSuccessAt: null, lastError: null }));
    expect(events).toEqual([{ type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } }]);
    third.readyState = 2;
    third.fire('error');
    await clock.advance(1000); // after a successful open the delays start over
    expect(FakeEventSource.made).toHaveLength(4);

    off();
    expect(FakeEventSource.made[3]!.closed).toBe(true);
    expect(clock.pending).toBe(0);
  });
});
