import { describe, expect, it } from 'vitest';
import {
  decideInstall,
  MAX_INSTALL_ATTEMPTS,
  MAX_TRIAL_STARTS,
  recordHealthy,
  recordInstallStarted,
  recordStartFailed,
  recordStartup,
} from '../../../../electron/updates/update-policy.ts';
import { emptyUpdateRecord } from '../../../../electron/updates/update-record.ts';
import type { UpdateRecord } from '../../../../electron/updates/update-record.ts';

const at = new Date('2026-11-20T03:00:00Z');

describe('recordStartup', () => {
  it('a start with nothing pending is normal', () => {
    const { record, outcome } = recordStartup(emptyUpdateRecord(), '1.0.0', at);
    expect(outcome).toEqual({ kind: 'normal' });
    expect(record).toEqual(emptyUpdateRecord());
  });

  it('the first start of the installed version puts it on trial', () => {
    const pending = recordInstallStarted(emptyUpdateRecord(), '1.0.0', '1.1.0', at);
    const { record, outcome } = recordStartup(pending, '1.1.0', at);
    expect(outcome).toEqual({ kind: 'updated', from: '1.0.0', to: '1.1.0' });
    expect(record.pending).toBeNull();
    expect(record.trial).toMatchObject({ version: '1.1.0', starts: 1 });
    expect(recordHealthy(record, '1.1.0').trial).toBeNull();
  });

  it(`an install that brings the old version back counts; the ${MAX_INSTALL_ATTEMPTS}nd makes the new version bad`, () => {
    let record = recordInstallStarted(emptyUpdateRecord(), '1.0.0', '1.1.0', at);
    let step = recordStartup(record, '1.0.0', at);
    expect(step.outcome).toEqual({ kind: 'install-failed', version: '1.1.0', attempts: 1, markedBad: false });
    record = recordInstallStarted(step.record, '1.0.0', '1.1.0', at);
    step = recordStartup(record, '1.0.0', at);
    expect(step.outcome).toEqual({ kind: 'install-failed', version: '1.1.0', attempts: 2, markedBad: true });
    expect(step.record.bad).toEqual([expect.objectContaining({ version: '1.1.0', reason: 'install-failed' })]);
  });

  it(`a version on trial that starts ${MAX_TRIAL_STARTS} times without becoming healthy is bad`, () => {
    let record: UpdateRecord = recordStartup(recordInstallStarted(emptyUpdateRecord(), '1.0.0', '1.1.0', at), '1.1.0', at).record;
    const outcomes = [];
    for (let i = 1; i < MAX_TRIAL_STARTS; i++) {
      const step = recordStartup(record, '1.1.0', at);
      outcomes.push(step.outcome.kind);
      record = step.record;
    }
    expect(outcomes.at(-1)).toBe('start-failed');
    expect(outcomes.slice(0, -1).every((k) => k === 'trial-restart')).toBe(true);
    expect(record.bad).toEqual([expect.objectContaining({ version: '1.1.0', reason: 'start-failed' })]);
    expect(record.trial).toBeNull();
  });

  it('a version not healthy in time is bad; a healthy one leaves no trace', () => {
    const onTrial = recordStartup(recordInstallStarted(emptyUpdateRecord(), '1.0.0', '1.1.0', at), '1.1.0', at).record;
    expect(recordStartFailed(onTrial, '1.1.0', 'not healthy', at).bad.map((b) => b.version)).toEqual(['1.1.0']);
    expect(recordStartFailed(recordHealthy(onTrial, '1.1.0'), '1.1.0', 'late', at).bad).toEqual([]);
  });

  it('a version installed by hand (neither side of the pending install) clears the bookkeeping', () => {
    const pending = recordInstallStarted(emptyUpdateRecord(), '1.0.0', '1.1.0', at);
    const { record, outcome } = recordStartup(pending, '2.0.0', at);
    expect(outcome.kind).toBe('normal');
    expect(record.pending).toBeNull();
  });
});

describe('decideInstall', () => {
  const bad = (versions: string[]): UpdateRecord => ({
    ...emptyUpdateRecord(),
    bad: versions.map((version) => ({ version, reason: 'start-failed', at: at.toISOString(), detail: '' })),
  });

  it.each([
    ['newer', [], '1.0.0', '1.1.0', true, 'newer'],
    ['the same', [], '1.0.0', '1.0.0', false, 'current'],
    ['older, running a good version', [], '1.1.0', '1.0.0', false, 'older'],
    ['newer but failed here before', ['1.1.0'], '1.0.0', '1.1.0', false, 'known-bad'],
    ['the bad one published again under the same number', ['1.1.0'], '1.1.0', '1.1.0', false, 'current'],
    ['newer than a bad one', ['1.1.0'], '1.0.0', '1.2.0', true, 'newer'],
    ['older, to leave a bad running version', ['1.1.0'], '1.1.0', '1.0.0', true, 'leave-bad-version'],
    ['older and bad too', ['1.1.0', '1.0.0'], '1.1.0', '1.0.0', false, 'known-bad'],
    ['garbage', [], '1.0.0', 'latest', false, 'invalid'],
  ])('%s', (_name, badVersions, current, published, install, reason) => {
    expect(decideInstall(bad(badVersions as string[]), current as string, published as string)).toEqual({ install, reason });
  });
});

describe('never looping on a bad update', () => {
  /**
   * A kiosk and a district that publishes `published`: every check installs what the policy
   * accepts; `installWorks(version)` says whether that install takes; the kiosk restarts after
   * each attempt. Returns the versions it tried to install, in order.
   */
  function simulate(published: string[], installWorks: (version: string) => boolean, checks: number): { tried: string[]; running: string; record: UpdateRecord } {
    let running = '1.0.0';
    let record = emptyUpdateRecord();
    const tried: string[] = [];
    for (let i = 0; i < checks; i++) {
      const offer = published[Math.min(i, published.length - 1)]!;
      if (!decideInstall(record, running, offer).install) continue;
      tried.push(offer);
      record = recordInstallStarted(record, running, offer, at);
      if (installWorks(offer)) running = offer;
      const step = recordStartup(record, running, at);
      record = step.record;
      if (step.outcome.kind === 'updated') record = recordHealthy(record, running);
    }
    return { tried, running, record };
  }

  it('a version whose install never takes is tried twice, then never again while it is what the district publishes', () => {
    const { tried, running } = simulate(['1.1.0'], () => false, 50);
    expect(tried).toEqual(['1.1.0', '1.1.0']);
    expect(running).toBe('1.0.0');
  });

  it('…and the next published version is installed', () => {
    const { tried, running } = simulate([...Array(10).fill('1.1.0'), '1.2.0'], (v) => v !== '1.1.0', 20);
    expect(tried).toEqual(['1.1.0', '1.1.0', '1.2.0']);
    expect(running).toBe('1.2.0');
  });
});
