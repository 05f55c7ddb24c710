import { drawApplicantName } from './applicant-names.ts';
import { RESULT_COUNTERS_PER_AGENCY } from './fictional-district.ts';
import type { Agency } from './fictional-district.ts';
import type { DossierLayout } from './dossier-layout.ts';
import { PROCEDURES } from './procedures.ts';
import type { SimProcedure } from './procedures.ts';
import { Random, cumulativeWeights, hash32 } from './random.ts';
import {
  WORKING_SECONDS_PER_DAY,
  addWorkingDays,
  nextOfficeMoment,
  officeClock,
  utcSecondsAt,
} from './vietnam-calendar.ts';

const HOUR = 3600;
const DAY = 86_400;
const DUE_TIME_OF_DAY = 16.5 * HOUR;

/** The statuses a dossier passes through (TrangThaiHoSo), by what happens to it. */
const PATHS = {
  normal: [2, 4, 9, 10],
  supplement: [2, 4, 5, 4, 9, 10],
  financial: [2, 4, 6, 9, 10],
  withdrawn: [2, 4, 7],
  stopped: [2, 4, 8],
} as const;
/** Dossiers submitted online start at status 1 and are then received at the desk. */
const ONLINE_PATHS = {
  normal: [1, ...PATHS.normal],
  supplement: [1, ...PATHS.supplement],
  financial: [1, ...PATHS.financial],
  withdrawn: [1, ...PATHS.withdrawn],
  stopped: [1, ...PATHS.stopped],
  rejected: [1, 3],
} as const;

/** Everything about a dossier that follows from its number: what happens to it and when. */
export interface DossierPlan {
  index: number;
  code: string;
  agency: Agency;
  agencyIndex: number;
  procedure: SimProcedure;
  /** Position in PROCEDURES. */
  procedureIndex: number;
  online: boolean;
  /** See applicant-names.ts. */
  applicantName: number;
  /** Statuses in order; the dossier starts at the first. */
  path: readonly number[];
  /** Planned UTC seconds of each status in `path`. */
  times: readonly number[];
  dueAt: number;
  /** How many statuses after the first had happened by the simulator's anchor time. */
  initialStep: number;
  resultCounter: number;
  /** Named when the dossier reaches status 5. */
  missingDocuments: readonly string[];
  /** Asked when the dossier reaches status 6. */
  obligationVnd: number;
}

const proceduresOf = (kind: Agency['kind']): SimProcedure[] => PROCEDURES.filter((p) => p.agencyKind === kind);

/** Plans dossiers deterministically from (seed, index): nothing is stored per dossier. */
export class DossierPlanner {
  private readonly random = new Random();
  private readonly byKind = new Map<Agency['kind'], { procedures: SimProcedure[]; weights: number[] }>();
  /** What a supplement request may ask for: one of the documents, or all of them. */
  private readonly missingChoices = new Map<SimProcedure, readonly (readonly string[])[]>(
    PROCEDURES.map((p) => {
      const names = p.documents.map((d) => d.name);
      return [p, [...names.map((name) => [name]), names]];
    }),
  );

  constructor(
    private readonly layout: DossierLayout,
    private readonly seed: number,
    private readonly anchorSeconds: number,
  ) {
    for (const kind of ['ward', 'land-office', 'commune'] as const) {
      const procedures = proceduresOf(kind);
      this.byKind.set(kind, { procedures, weights: cumulativeWeights(procedures.map((p) => p.weight)) });
    }
  }

  plan(index: number): DossierPlan {
    const random = this.random.reseed(hash32(this.seed, index));
    const slot = this.layout.slot(index);
    const { procedures, weights } = this.byKind.get(slot.agency.kind) as { procedures: SimProcedure[]; weights: number[] };
    const procedure = random.pickWeighted(procedures, weights);
    const online = random.chance(0.25);
    const path = this.pathFor(random, procedure, online);

    const workingSeconds = ((slot.slotInDay + random.next()) * WORKING_SECONDS_PER_DAY) / this.layout.perDay;
    const receivedAt = utcSecondsAt(slot.day, Math.floor(officeClock(workingSeconds)));
    const dueAt = utcSecondsAt(addWorkingDays(slot.day, procedure.workingDays), DUE_TIME_OF_DAY);
    const times = this.timesFor(random, path, receivedAt, dueAt);
    let initialStep = 0;
    while (initialStep + 1 < times.length && (times[initialStep + 1] as number) <= this.anchorSeconds) initialStep++;

    const missing = this.missingChoices.get(procedure) as readonly (readonly string[])[];
    return {
      index,
      code: this.layout.codeAt(slot),
      agency: slot.agency,
      agencyIndex: slot.agencyIndex,
      procedure,
      procedureIndex: PROCEDURES.indexOf(procedure),
      online,
      applicantName: drawApplicantName(random),
      path,
      times,
      dueAt,
      initialStep,
      resultCounter: random.int(1, RESULT_COUNTERS_PER_AGENCY),
      missingDocuments: random.pick(missing),
      obligationVnd: random.int(5, 3000) * 10_000,
    };
  }

  private pathFor(random: Random, procedure: SimProcedure, online: boolean): readonly number[] {
    const roll = random.next();
    const paths = online ? ONLINE_PATHS : PATHS;
    if (online && roll < 0.04) return ONLINE_PATHS.rejected;
    if (roll < 0.14) return paths.supplement;
    if (roll < 0.16) return paths.withdrawn;
    if (roll < 0.18) return paths.stopped;
    if (procedure.financialObligation && roll < 0.4) return paths.financial;
    return paths.normal;
  }

  private timesFor(random: Random, path: readonly number[], receivedAt: number, dueAt: number): number[] {
    const span = Math.max(2 * HOUR, dueAt - receivedAt);
    const onTime = random.chance(0.9);
    const times = [receivedAt];
    for (let step = 1; step < path.length; step++) {
      const previous = times[step - 1] as number;
      let at: number;
      switch (path[step]) {
        case 2: at = previous + random.between(2 * HOUR, 3 * DAY); break;
        case 3: at = previous + random.between(2 * HOUR, 30 * HOUR); break;
        case 4: at = previous + (path[step - 1] === 5 ? random.between(1 * DAY, 6 * DAY) : random.between(0.5 * HOUR, 6 * HOUR)); break;
        case 5: at = previous + random.between(0.2 * span, 0.6 * span); break;
        case 6: at = previous + random.between(0.3 * span, 0.8 * span); break;
        case 7: at = previous + random.between(1 * DAY, 5 * DAY); break;
        case 8: at = previous + random.between(2 * DAY, 8 * DAY); break;
        case 9: {
          const target = onTime ? receivedAt + random.between(0.3 * span, 0.95 * span) : dueAt + random.between(2 * HOUR, 5 * DAY);
          const afterPayment = path[step - 1] === 6 ? random.between(1 * DAY, 7 * DAY) : random.between(1 * HOUR, 8 * HOUR);
          at = Math.max(target, previous + afterPayment);
          break;
        }
        default: {
          const collect = random.next();
          at = previous + (collect < 0.6 ? random.between(0.5 * HOUR, 1 * DAY) : collect < 0.9 ? random.between(1 * DAY, 5 * DAY) : random.between(5 * DAY, 20 * DAY));
        }
      }
      times.push(nextOfficeMoment(Math.floor(at)));
    }
    return times;
  }
}
