import type { DossierStatus, NextStep, OwedFee, ResultDelivery, Timing } from '../contract/dossier.ts';

/** TrangThaiHoSo codes of the national public-service portal. */
export const STATUS = {
  registered: 1,
  accepted: 2,
  notAccepted: 3,
  processing: 4,
  supplementRequested: 5,
  financialObligation: 6,
  withdrawn: 7,
  stopped: 8,
  finished: 9,
  returned: 10,
} as const satisfies Record<string, DossierStatus>;

export const ALL_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Processing is over and a result exists (9 Đã xử lý xong, 10 Đã trả kết quả). */
export const isFinished = (status: DossierStatus): boolean =>
  status === STATUS.finished || status === STATUS.returned;

/** The dossier left the process without a result: no due date applies any more. */
export const isClosedWithoutResult = (status: DossierStatus): boolean =>
  status === STATUS.notAccepted || status === STATUS.withdrawn || status === STATUS.stopped;

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const vietnamDay = (ms: number): number => Math.floor((ms + VIETNAM_OFFSET_MS) / 86_400_000);

export interface TimingInput {
  status: DossierStatus;
  dueAt: Date | null;
  finishedAt: Date | null;
}

/**
 * On time when finished (9 or 10) no later than the due date (NgayHenTra); early when
 * finished on a Vietnam calendar day before the due day.
 */
export function computeTiming({ status, dueAt, finishedAt }: TimingInput, now: Date): Timing {
  if (isClosedWithoutResult(status) || dueAt === null) return 'not-applicable';
  if (isFinished(status)) {
    const done = finishedAt ?? now;
    if (done.getTime() > dueAt.getTime()) return 'overdue';
    return vietnamDay(done.getTime()) < vietnamDay(dueAt.getTime()) ? 'early' : 'on-time';
  }
  return now.getTime() > dueAt.getTime() ? 'overdue' : 'in-progress';
}

export interface NextStepInput {
  status: DossierStatus;
  missingDocuments: readonly string[];
  feeVnd: number | null;
  resultCounter: string | null;
  /** What a national-format district adds; each part is passed on only when present. */
  details?: {
    supplementNote: string | null;
    feesOwed: readonly OwedFee[];
    resultDelivery: ResultDelivery | null;
    resultDocuments: readonly string[];
  };
}

/** How the result is or was handed over, when the district said (status 9 and 10 only). */
export function resultDeliveryOf(step: NextStep): ResultDelivery | null {
  return (step.kind === 'collect' || step.kind === 'returned') && step.delivery ? step.delivery : null;
}

export function computeNextStep({ status, missingDocuments, feeVnd, resultCounter, details }: NextStepInput): NextStep {
  switch (status) {
    case STATUS.supplementRequested:
      return { kind: 'supplement', documents: [...missingDocuments], ...(details?.supplementNote ? { note: details.supplementNote } : {}) };
    case STATUS.financialObligation:
      return { kind: 'pay', amountVnd: feeVnd, ...(details?.feesOwed.length ? { fees: [...details.feesOwed] } : {}) };
    case STATUS.finished:
      return {
        kind: 'collect',
        counter: resultCounter,
        ...(details?.resultDelivery ? { delivery: details.resultDelivery } : {}),
        ...(details?.resultDocuments.length ? { documents: [...details.resultDocuments] } : {}),
      };
    case STATUS.notAccepted:
    case STATUS.stopped:
      return { kind: 'contact-desk' };
    case STATUS.returned:
      return { kind: 'returned', counter: resultCounter, ...(details?.resultDelivery ? { delivery: details.resultDelivery } : {}) };
    case STATUS.withdrawn:
      return { kind: 'none' };
    default:
      return { kind: 'wait' };
  }
}
