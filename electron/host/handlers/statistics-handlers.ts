import type { KioskStatistics } from '../../../shared/contract/index.ts';
import { computeStatistics } from '../../statistics/compute-statistics.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

/** A district's million dossiers take most of a second to count: reuse an answer for a minute. */
const REUSE_MS = 60_000;

export function statisticsHandlers({ db, now, syncState }: HostServices): HandlersFor<'getStatistics'> {
  let last: KioskStatistics | null = null;
  return {
    getStatistics: () => {
      const at = now();
      const dataAsOf = syncState.dataAsOf();
      const age = last === null ? Infinity : at.getTime() - Date.parse(last.computedAt);
      if (last === null || last.dataAsOf !== dataAsOf || age < 0 || age >= REUSE_MS) last = computeStatistics(db, at, dataAsOf);
      return last;
    },
  };
}
