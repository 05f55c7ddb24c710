import { ChangeLog } from './change-log.ts';
import { DossierLayout } from './dossier-layout.ts';
import { DossierPlanner } from './dossier-plan.ts';
import type { DossierPlan } from './dossier-plan.ts';
import { Random } from './random.ts';
import { vietnamDay, workdayOnOrBefore } from './vietnam-calendar.ts';

/** A dossier as it stands now. */
export interface DossierNow {
  plan: DossierPlan;
  /** Position in `plan.path` of the current status. */
  step: number;
  /** When each status up to the current one was reached (UTC seconds). */
  times: readonly number[];
  version: number;
  deleted: boolean;
}

/** How many recent dossiers `advance` draws from: the ones still likely to be in progress. */
const RECENT_WORKDAYS = 30;

/**
 * The district's dossiers: generated on demand from their index, plus what changed since
 * the simulator started (compact per-dossier arrays and the change log).
 */
export class DistrictData {
  readonly layout: DossierLayout;
  readonly changes: ChangeLog;
  private readonly planner: DossierPlanner;
  private readonly advancedSteps: Uint8Array;
  private readonly deletedFlags: Uint8Array;
  /** Times of statuses reached after the start, by dossier index. */
  private readonly laterTimes = new Map<number, number[]>();
  private readonly random: Random;
  private deletedCount = 0;

  constructor(
    readonly count: number,
    seed: number,
    anchor: Date,
  ) {
    const anchorSeconds = Math.floor(anchor.getTime() / 1000);
    const lastWorkday = workdayOnOrBefore(vietnamDay(anchorSeconds) - 1);
    this.layout = new DossierLayout(count, lastWorkday, seed);
    this.planner = new DossierPlanner(this.layout, seed, anchorSeconds);
    this.changes = new ChangeLog(count);
    this.advancedSteps = new Uint8Array(count);
    this.deletedFlags = new Uint8Array(count);
    this.random = new Random(seed ^ 0x5eed);
  }

  get liveCount(): number {
    return this.count - this.deletedCount;
  }

  isDeleted(index: number): boolean {
    return this.deletedFlags[index] === 1;
  }

  dossier(index: number): DossierNow {
    const plan = this.planner.plan(index);
    const extra = this.advancedSteps[index] as number;
    const step = plan.initialStep + extra;
    const times = extra === 0 ? plan.times : [...plan.times.slice(0, plan.initialStep + 1), ...(this.laterTimes.get(index) ?? [])];
    const deleted = this.deletedFlags[index] === 1;
    return { plan, step, times, version: step + 1 + (deleted ? 1 : 0), deleted };
  }

  /**
   * Moves `n` live, unfinished dossiers (mostly recent ones) to their next status; returns
   * their codes, fewer when fewer are unfinished.
   */
  advance(n: number, now = Date.now()): string[] {
    const advanced: string[] = [];
    if (this.count === 0) return advanced;
    const recent = Math.min(this.count, this.layout.perDay * RECENT_WORKDAYS);
    for (let attempts = 0; advanced.length < n && attempts < n * 50 + 1000; attempts++) {
      const index = attempts % 4 === 3 ? this.random.int(0, this.count - 1) : this.count - 1 - this.random.int(0, recent - 1);
      const code = this.advanceOne(index, now);
      if (code) advanced.push(code);
    }
    for (let index = this.count - 1; index >= 0 && advanced.length < n; index--) {
      const code = this.advanceOne(index, now);
      if (code) advanced.push(code);
    }
    return advanced;
  }

  private advanceOne(index: number, now: number): string | null {
    if (this.isDeleted(index)) return null;
    const current = this.dossier(index);
    if (current.step + 1 >= current.plan.path.length) return null;
    const previousAt = current.times[current.times.length - 1] as number;
    const later = this.laterTimes.get(index) ?? [];
    later.push(Math.max(Math.floor(now / 1000), previousAt + 1));
    this.laterTimes.set(index, later);
    this.advancedSteps[index] = (this.advancedSteps[index] as number) + 1;
    this.changes.append(index);
    return current.plan.code;
  }

  /** Deletes up to `n` live dossiers at random; returns their codes. */
  delete(n: number): string[] {
    const deleted: string[] = [];
    for (let attempts = 0; deleted.length < n && this.liveCount > 0 && attempts < n * 50 + 1000; attempts++) {
      const index = this.random.int(0, this.count - 1);
      if (this.isDeleted(index)) continue;
      this.deletedFlags[index] = 1;
      this.deletedCount++;
      this.changes.append(index);
      deleted.push(this.layout.code(index));
    }
    return deleted;
  }
}
