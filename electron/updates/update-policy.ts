import type { BadReason, UpdateRecord } from './update-record.ts';
import { compareVersions, isVersion } from './version-order.ts';

/** An install that brought the old version back this many times marks the new one bad. */
export const MAX_INSTALL_ATTEMPTS = 2;
/** A version started this many times after its update without ever proving healthy is bad. */
export const MAX_TRIAL_STARTS = 3;

export type StartupOutcome =
  | { kind: 'normal' }
  /** The first start of a freshly installed version: on trial until it proves healthy. */
  | { kind: 'updated'; from: string; to: string }
  /** The installer ran but this (old) version came back. */
  | { kind: 'install-failed'; version: string; attempts: number; markedBad: boolean }
  /** The version on trial starts again without having proved healthy. */
  | { kind: 'trial-restart'; version: string; starts: number }
  /** … too many times: it is bad. */
  | { kind: 'start-failed'; version: string };

const withBad = (record: UpdateRecord, version: string, reason: BadReason, detail: string, now: Date): UpdateRecord => ({
  ...record,
  bad: [...record.bad.filter((b) => b.version !== version), { version, reason, at: now.toISOString(), detail: detail.slice(0, 300) }].slice(-50),
});

export function isBadVersion(record: UpdateRecord, version: string): boolean {
  return record.bad.some((b) => b.version === version);
}

/** What this start means, given what the last run wrote; call once, before anything else. */
export function recordStartup(record: UpdateRecord, current: string, now: Date): { record: UpdateRecord; outcome: StartupOutcome } {
  const { pending, trial } = record;
  if (pending !== null) {
    if (pending.to === current) {
      return {
        record: { ...record, pending: null, trial: { version: current, starts: 1, since: now.toISOString() } },
        outcome: { kind: 'updated', from: pending.from, to: current },
      };
    }
    if (pending.from === current) {
      const failed = recordInstallFailure({ ...record, pending: null }, pending.to, `${current} came back after the install`, now);
      return { record: failed.record, outcome: { kind: 'install-failed', version: pending.to, attempts: failed.attempts, markedBad: failed.markedBad } };
    }
    // Neither: someone installed another version by hand. Start afresh.
    return { record: { ...record, pending: null, trial: null }, outcome: { kind: 'normal' } };
  }
  if (trial !== null && trial.version === current) {
    const starts = trial.starts + 1;
    if (starts >= MAX_TRIAL_STARTS) {
      const next = withBad({ ...record, trial: null }, current, 'start-failed', `started ${starts} times without becoming healthy`, now);
      return { record: next, outcome: { kind: 'start-failed', version: current } };
    }
    return { record: { ...record, trial: { ...trial, starts } }, outcome: { kind: 'trial-restart', version: current, starts } };
  }
  return { record: trial === null ? record : { ...record, trial: null }, outcome: { kind: 'normal' } };
}

/** An install of `version` that did not happen; the last allowed attempt marks it bad. */
export function recordInstallFailure(
  record: UpdateRecord,
  version: string,
  detail: string,
  now: Date,
): { record: UpdateRecord; attempts: number; markedBad: boolean } {
  const attempts = (record.installFailures[version] ?? 0) + 1;
  const markedBad = attempts >= MAX_INSTALL_ATTEMPTS;
  let next: UpdateRecord = { ...record, pending: null, installFailures: { ...record.installFailures, [version]: attempts } };
  if (markedBad) next = withBad(next, version, 'install-failed', `${detail} (attempt ${attempts})`, now);
  return { record: next, attempts, markedBad };
}

/** The running version works (host up, UI answering): its trial is over. */
export function recordHealthy(record: UpdateRecord, current: string): UpdateRecord {
  return record.trial?.version === current ? { ...record, trial: null } : record;
}

/** The running version did not become healthy in time after its update. */
export function recordStartFailed(record: UpdateRecord, current: string, detail: string, now: Date): UpdateRecord {
  if (record.trial?.version !== current) return record;
  return withBad({ ...record, trial: null }, current, 'start-failed', detail, now);
}

/** Written just before the installer takes over. */
export function recordInstallStarted(record: UpdateRecord, from: string, to: string, now: Date): UpdateRecord {
  return { ...record, pending: { from, to, at: now.toISOString() } };
}

export type InstallDecision =
  | { install: true; reason: 'newer' | 'leave-bad-version' }
  | { install: false; reason: 'invalid' | 'current' | 'known-bad' | 'older' };

/**
 * Whether the version the district publishes should replace the running one: a newer one
 * that has not failed here before; an older one only to leave a version that failed.
 */
export function decideInstall(record: UpdateRecord, current: string, published: string): InstallDecision {
  if (!isVersion(published) || !isVersion(current)) return { install: false, reason: 'invalid' };
  const order = compareVersions(published, current);
  if (order === 0) return { install: false, reason: 'current' };
  if (isBadVersion(record, published)) return { install: false, reason: 'known-bad' };
  if (order > 0) return { install: true, reason: 'newer' };
  return isBadVersion(record, current) ? { install: true, reason: 'leave-bad-version' } : { install: false, reason: 'older' };
}
