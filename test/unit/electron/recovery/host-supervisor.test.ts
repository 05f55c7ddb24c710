import { describe, expect, it, vi } from 'vitest';
import type { CallResponse, KioskEvent } from '../../../../shared/contract/index.ts';
import { HostSupervisor } from '../../../../electron/recovery/host-supervisor.ts';
import type { HostStatus } from '../../../../electron/recovery/host-supervisor.ts';
import { fakeHost } from '../app/fakes.ts';
import { FakeClock } from '../updates/fake-clock.ts';

vi.mock('electron', () => ({}));

const syncEvent: KioskEvent = { type: 'syncStatus', payload: { state: 'idle', lastSuccessAt: null, lastError: null } };
const internal: CallResponse = { ok: false, error: { code: 'internal', message: 'x' } };

function setUp(create: () => Promise<ReturnType<typeof fakeHost>>) {
  const clock = new FakeClock();
  const states: HostStatus['state'][] = [];
  const supervisor = new HostSupervisor({
    create: vi.fn(create),
    timers: clock.timers,
    now: clock.ms,
    onChange: (s) => states.push(s.state),
  });
  return { clock, supervisor, states };
}

describe('HostSupervisor', () => {
  it('passes calls and events through to the running host', async () => {
    const host = fakeHost();
    const { supervisor } = setUp(async () => host);
    await expect(supervisor.start()).resolves.toBe(true);
    await expect(supervisor.call('getKioskInfo', {})).resolves.toMatchObject({ ok: true });
    const seen: KioskEvent[] = [];
    supervisor.subscribe((e) => seen.push(e));
    host.emit(syncEvent);
    expect(seen).toEqual([syncEvent]);
    await supervisor.close();
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('retries a host that cannot start, 2 s, 4 s, 8 s … later, answering calls meanwhile with "internal"', async () => {
    let attempts = 0;
    const host = fakeHost();
    const { clock, supervisor, states } = setUp(async () => {
      attempts += 1;
      if (attempts < 4) throw new Error('SQLITE_BUSY: database is locked');
      return host;
    });
    await expect(supervisor.start()).resolves.toBe(false);
    expect(supervisor.status).toMatchObject({ state: 'waiting', failures: 1, lastError: 'Error: SQLITE_BUSY: database is locked', nextAttemptAt: clock.now + 2000 });
    await expect(supervisor.call('getKioskInfo', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    await clock.advance(1999);
    expect(attempts).toBe(1);
    await clock.advance(1);
    expect(attempts).toBe(2);
    await clock.advance(4000);
    expect(attempts).toBe(3);
    await clock.advance(8000);
    expect(attempts).toBe(4);
    expect(supervisor.status).toMatchObject({ state: 'running', failures: 0 });
    expect(states.at(-1)).toBe('running');
    await expect(supervisor.call('getKioskInfo', {})).resolves.toMatchObject({ ok: true });
  });

  it('restarts a host that keeps answering "internal", and subscriptions carry over to the new one', async () => {
    const hosts = [fakeHost(), fakeHost()];
    hosts[0]!.call.mockResolvedValue(internal);
    let n = 0;
    const { clock, supervisor } = setUp(async () => hosts[n++]!);
    await supervisor.start();
    const seen: KioskEvent[] = [];
    supervisor.subscribe((e) => seen.push(e));
    for (let i = 0; i < 4; i++) await supervisor.call('lookupDossier', {});
    expect(hosts[0]!.close).not.toHaveBeenCalled();
    await supervisor.call('lookupDossier', {});
    await clock.advance(0);
    expect(hosts[0]!.close).toHaveBeenCalledTimes(1);
    expect(supervisor.status).toMatchObject({ state: 'waiting', restarts: 1, lastError: '5 internal errors in a row' });
    await clock.advance(2000);
    expect(supervisor.status.state).toBe('running');
    hosts[1]!.emit(syncEvent);
    hosts[0]!.emit(syncEvent);
    expect(seen).toEqual([syncEvent]);
    await expect(supervisor.call('getKioskInfo', {})).resolves.toMatchObject({ ok: true });
  });

  it('other failures (a bad input) do not count towards a restart', async () => {
    const host = fakeHost();
    host.call.mockResolvedValue({ ok: false, error: { code: 'invalid-input', message: 'x' } });
    const { supervisor } = setUp(async () => host);
    await supervisor.start();
    for (let i = 0; i < 20; i++) await supervisor.call('lookupDossier', {});
    expect(supervisor.status).toMatchObject({ state: 'running', restarts: 0 });
  });

  it('restart() (an uncaught error) closes the host and starts a new one', async () => {
    const hosts = [fakeHost(), fakeHost()];
    let n = 0;
    const { clock, supervisor } = setUp(async () => hosts[n++]!);
    await supervisor.start();
    supervisor.restart('an uncaught error');
    supervisor.restart('twice in a row is one restart');
    await clock.advance(0);
    await clock.advance(2000);
    expect(n).toBe(2);
    expect(supervisor.status).toMatchObject({ state: 'running', restarts: 1 });
  });

  it('a listener that throws does not break the host’s event stream', async () => {
    const host = fakeHost();
    const { supervisor } = setUp(async () => host);
    await supervisor.start();
    const after = vi.fn();
    supervisor.subscribe(() => {
      throw new Error('listener bug');
    });
    supervisor.subscribe(after);
    expect(() => host.emit(syncEvent)).not.toThrow();
    expect(after).toHaveBeenCalled();
  });

  it('close() while waiting stops retrying', async () => {
    const { clock, supervisor } = setUp(async () => {
      throw new Error('no');
    });
    await supervisor.start();
    await supervisor.close();
    expect(clock.pending).toBe(0);
    expect(supervisor.status.state).toBe('stopped');
  });
});
