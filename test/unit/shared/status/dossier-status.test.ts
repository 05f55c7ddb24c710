import { describe, expect, it } from 'vitest';
import { ALL_STATUSES, computeNextStep, computeTiming, resultDeliveryOf } from '../../../../shared/status/index.ts';

const due = new Date('2026-11-20T10:00:00Z'); // 17:00 on 20/11 in Vietnam

describe('computeTiming', () => {
  it('judges finished dossiers against the due date', () => {
    expect(computeTiming({ status: 9, dueAt: due, finishedAt: new Date('2026-11-20T09:59:59Z') }, due)).toBe('on-time');
    expect(computeTiming({ status: 10, dueAt: due, finishedAt: due }, due)).toBe('on-time');
    expect(computeTiming({ status: 9, dueAt: due, finishedAt: new Date('2026-11-20T10:00:01Z') }, due)).toBe('overdue');
  });

  it('calls a result finished on an earlier Vietnam calendar day early', () => {
    // 16:59 UTC on 19/11 is 23:59 on 19/11 in Vietnam: a day early.
    expect(computeTiming({ status: 9, dueAt: due, finishedAt: new Date('2026-11-19T16:59:00Z') }, due)).toBe('early');
    // 17:00 UTC on 19/11 is already 00:00 on 20/11 in Vietnam: the due day itself.
    expect(computeTiming({ status: 9, dueAt: due, finishedAt: new Date('2026-11-19T17:00:00Z') }, due)).toBe('on-time');
  });

  it('marks unfinished work overdue only once the due moment has passed', () => {
    expect(computeTiming({ status: 4, dueAt: due, finishedAt: null }, new Date('2026-11-20T09:00:00Z'))).toBe('in-progress');
    expect(computeTiming({ status: 5, dueAt: due, finishedAt: null }, new Date('2026-11-20T10:00:01Z'))).toBe('overdue');
  });

  it('does not judge dossiers that left the process or have no due date', () => {
    for (const status of [3, 7, 8]) {
      expect(computeTiming({ status, dueAt: due, finishedAt: null }, new Date('2027-01-01'))).toBe('not-applicable');
    }
    expect(computeTiming({ status: 4, dueAt: null, finishedAt: null }, due)).toBe('not-applicable');
  });
});

describe('computeNextStep', () => {
  const base = { missingDocuments: ['Tờ khai'], feeVnd: 50_000, resultCounter: 'Quầy số 3' };
  it('gives every one of the ten statuses a next step', () => {
    const kinds = ALL_STATUSES.map((status) => computeNextStep({ ...base, status }).kind);
    expect(kinds).toEqual(['wait', 'wait', 'contact-desk', 'wait', 'supplement', 'pay', 'none', 'contact-desk', 'collect', 'returned']);
  });
  it('carries the documents, the amount and the counter', () => {
    expect(computeNextStep({ ...base, status: 5 })).toEqual({ kind: 'supplement', documents: ['Tờ khai'] });
    expect(computeNextStep({ ...base, status: 6 })).toEqual({ kind: 'pay', amountVnd: 50_000 });
    expect(computeNextStep({ ...base, status: 9 })).toEqual({ kind: 'collect', counter: 'Quầy số 3' });
  });
  it('keeps how the result is handed over for a returned dossier (10), as for a ready one (9)', () => {
    const details = { supplementNote: null, feesOwed: [], resultDelivery: 'post' as const, resultDocuments: [] };
    const returned = computeNextStep({ ...base, status: 10, details });
    expect(returned).toEqual({ kind: 'returned', counter: 'Quầy số 3', delivery: 'post' });
    expect(resultDeliveryOf(returned)).toBe('post');
    expect(resultDeliveryOf(computeNextStep({ ...base, status: 9, details }))).toBe('post');
    expect(resultDeliveryOf(computeNextStep({ ...base, status: 10 }))).toBeNull();
    // Only a result has a delivery: a stale HinhThuc on a dossier sent back to processing says nothing.
    expect(resultDeliveryOf(computeNextStep({ ...base, status: 4, details }))).toBeNull();
  });
});
