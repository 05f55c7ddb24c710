import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DossierRecordInput } from '../../../../shared/contract/index.ts';
import { KioskStatistics } from '../../../../shared/contract/index.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { computeStatistics } from '../../../../electron/statistics/compute-statistics.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const HT = 'Hộ tịch';
const DD = 'Đất đai';
/** Agency A: a town people's committee; agency B: the land registration office. */
const A = { agencyCode: '000.21.12.H53', agencyName: 'Ủy ban nhân dân xã Bến Mây' };
const B = { agencyCode: '000.12.12.H53', agencyName: 'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây' };

let seq = 0;
function dossier(fields: Partial<DossierRecordInput> & Pick<DossierRecordInput, 'status'>): DossierRecordInput {
  seq += 1;
  return {
    code: `${(fields.agencyCode ?? A.agencyCode)}-260101-${String(seq).padStart(4, '0')}`,
    version: 1,
    ...A,
    procedureName: 'Thủ tục thử',
    receivedAt: '2025-01-02T02:00:00Z',
    ...fields,
  };
}

/**
 * "Now" is 12:00 on 15/03/2026 in Vietnam (05:00 UTC). The last twelve months are 04/2025 to
 * 03/2026 in Vietnam time: from 2025-03-31T17:00Z up to, not including, 2026-03-31T17:00Z.
 */
const NOW = new Date('2026-03-15T05:00:00Z');

const FIXTURE: DossierRecordInput[] = [
  // March 2026 (this month): 4 finished, 2 on time.
  dossier({ fieldName: HT, status: 10, finishedAt: '2026-03-02T03:00:00Z', dueAt: '2026-03-05T10:00:00Z' }), // on time (early)
  dossier({ fieldName: HT, status: 9, finishedAt: '2026-03-10T09:00:00Z', dueAt: '2026-03-10T09:00:00Z' }), // on time: finished exactly at the due moment
  dossier({ fieldName: HT, status: 9, finishedAt: '2026-03-10T09:01:00Z', dueAt: '2026-03-10T09:00:00Z' }), // late by a minute
  // 23:30 UTC on 28 February is 06:30 on 1 March in Vietnam: a March dossier. Late.
  dossier({ ...B, fieldName: DD, status: 10, finishedAt: '2026-02-28T23:30:00Z', dueAt: '2026-02-28T10:00:00Z' }),
  // February 2026: 2 finished, 1 on time.
  // 16:59 UTC on 28 February is 23:59 the same day in Vietnam: still February. On time.
  dossier({ ...B, fieldName: DD, status: 10, finishedAt: '2026-02-28T16:59:00Z', dueAt: '2026-03-01T10:00:00Z' }),
  // 17:00 UTC on 31 January is midnight, 1 February, in Vietnam: February. Late.
  dossier({ ...B, fieldName: DD, status: 9, finishedAt: '2026-01-31T17:00:00Z', dueAt: '2026-01-31T10:00:00Z' }),
  // December 2025: no finishedAt from the server, returned on 22/12: counts by its return. On time.
  dossier({ fieldName: HT, status: 10, finishedAt: null, returnedAt: '2025-12-22T02:00:00Z', dueAt: '2025-12-25T10:00:00Z' }),
  // April 2025, the first month of the window: 00:00 on 1 April in Vietnam. On time, no field.
  dossier({ fieldName: null, status: 10, finishedAt: '2025-03-31T17:00:00Z', dueAt: '2025-04-02T10:00:00Z' }),
  // Outside the window: 23:59 on 31 March 2025 in Vietnam, one minute before it begins.
  dossier({ fieldName: null, status: 10, finishedAt: '2025-03-31T16:59:00Z', dueAt: '2025-04-02T10:00:00Z' }),
  // Outside the window: 00:30 on 1 April 2026 in Vietnam, after this month (a skewed clock).
  dossier({ ...B, fieldName: HT, status: 10, finishedAt: '2026-03-31T17:30:00Z', dueAt: '2026-04-02T10:00:00Z' }),
  // Finished without a due date: neither on time nor late, left out.
  dossier({ fieldName: HT, status: 9, finishedAt: '2025-12-20T02:00:00Z', dueAt: null }),
  // Closed without a result (refused, withdrawn, stopped): not finished, not being processed.
  dossier({ fieldName: HT, status: 3, dueAt: null }),
  dossier({ fieldName: HT, status: 7, dueAt: '2026-03-01T10:00:00Z' }),
  dossier({ ...B, fieldName: DD, status: 8, dueAt: '2026-03-01T10:00:00Z' }),
  // Being processed (2, 4, 5, 6): 5 dossiers, 2 of them overdue now.
  dossier({ fieldName: HT, status: 2, dueAt: '2026-03-20T10:00:00Z' }),
  dossier({ ...B, fieldName: DD, status: 4, dueAt: '2026-03-15T04:59:59Z' }), // overdue by a second
  dossier({ ...B, fieldName: DD, status: 5, dueAt: '2026-03-15T05:00:00Z' }), // due this very moment: not overdue yet
  dossier({ fieldName: HT, status: 6, dueAt: null }),
  dossier({ ...B, fieldName: DD, status: 4, dueAt: '2026-03-10T10:00:00Z' }), // overdue
  // Registered online, not yet received: not counted as being processed.
  dossier({ fieldName: HT, status: 1, dueAt: '2026-03-01T10:00:00Z' }),
];

const count = (finished: number, onTime: number) => ({ finished, onTime, rate: finished === 0 ? null : onTime / finished });

describe('on-time statistics from the cache', () => {
  const tempDir = useTempDir();
  const openWith = (records: DossierRecordInput[]) => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    new DossierStore(db).upsertMany(records, NOW);
    return db;
  };

  it('computes the on-time rate this month and over twelve months, by hand', () => {
    const db = openWith(FIXTURE);
    const stats = KioskStatistics.parse(computeStatistics(db, NOW, '2026-03-15T04:00:00.000Z'));
    expect(stats.thisMonth).toBe('2026-03');
    expect(stats.thisMonthOnTime).toEqual(count(4, 2));
    expect(stats.thisMonthOnTime.rate).toBe(0.5);
    // 4 + 2 + 1 + 1 finished; 2 + 1 + 1 + 1 on time.
    expect(stats.last12MonthsOnTime).toEqual(count(8, 5));
    expect(stats.last12MonthsOnTime.rate).toBe(0.625);
    expect(stats.dataAsOf).toBe('2026-03-15T04:00:00.000Z');
    db.close();
  });

  it('puts each dossier in its Vietnam-time month, the oldest month first', () => {
    const db = openWith(FIXTURE);
    const { months } = computeStatistics(db, NOW, null);
    expect(months.map((m) => m.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09',
      '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    const byMonth = Object.fromEntries(months.map(({ month, ...c }) => [month, c]));
    expect(byMonth['2025-04']).toEqual(count(1, 1));
    expect(byMonth['2025-12']).toEqual(count(1, 1));
    expect(byMonth['2026-01']).toEqual(count(0, 0));
    expect(byMonth['2026-01']!.rate).toBeNull();
    expect(byMonth['2026-02']).toEqual(count(2, 1));
    expect(byMonth['2026-03']).toEqual(count(4, 2));
    for (const month of ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11']) expect(byMonth[month]).toEqual(count(0, 0));
    db.close();
  });

  it('breaks the rate down by field, the busiest first, dossiers without a field on their own', () => {
    const db = openWith(FIXTURE);
    const { byField } = computeStatistics(db, NOW, null);
    expect(byField.map(({ name, thisMonth, last12Months }) => ({ name, thisMonth, last12Months }))).toEqual([
      { name: HT, thisMonth: count(3, 2), last12Months: count(4, 3) },
      { name: DD, thisMonth: count(1, 0), last12Months: count(3, 1) },
      { name: null, thisMonth: count(0, 0), last12Months: count(1, 1) },
    ]);
    expect(new Set(byField.map((g) => g.key)).size).toBe(3);
    db.close();
  });

  it('breaks the rate down by agency', () => {
    const db = openWith(FIXTURE);
    const { byAgency } = computeStatistics(db, NOW, null);
    expect(byAgency.map(({ name, thisMonth, last12Months }) => ({ name, thisMonth, last12Months }))).toEqual([
      { name: A.agencyName, thisMonth: count(3, 2), last12Months: count(5, 4) },
      { name: B.agencyName, thisMonth: count(1, 0), last12Months: count(3, 1) },
    ]);
    db.close();
  });

  it('counts the dossiers being processed and those past their due moment', () => {
    const db = openWith(FIXTURE);
    const stats = computeStatistics(db, NOW, null);
    expect(stats.processing).toBe(5);
    expect(stats.overdue).toBe(2);
    // One second later the dossier due "now" is overdue too.
    expect(computeStatistics(db, new Date(NOW.getTime() + 1000), null).overdue).toBe(3);
    db.close();
  });

  it('turns the year in Vietnam time, not UTC', () => {
    // 00:30 on 1 January 2027 in Vietnam is still 31 December 2026 in UTC.
    const now = new Date('2026-12-31T17:30:00Z');
    const db = openWith([
      dossier({ status: 9, finishedAt: '2026-12-31T17:10:00Z', dueAt: '2027-01-05T10:00:00Z' }), // 00:10 1/1/2027: January, on time
      dossier({ status: 9, finishedAt: '2026-12-31T16:50:00Z', dueAt: '2026-12-31T10:00:00Z' }), // 23:50 31/12/2026: December, late
      dossier({ status: 10, finishedAt: '2026-01-31T16:59:00Z', dueAt: '2026-02-05T10:00:00Z' }), // 23:59 31/1/2026: thirteen months back, out
      dossier({ status: 10, finishedAt: '2026-01-31T17:00:00Z', dueAt: '2026-02-05T10:00:00Z' }), // 00:00 1/2/2026: the window's first month
    ]);
    const stats = computeStatistics(db, now, null);
    expect(stats.thisMonth).toBe('2027-01');
    expect(stats.months[0]!.month).toBe('2026-02');
    expect(stats.months[0]).toMatchObject(count(1, 1));
    expect(stats.months[10]).toMatchObject({ month: '2026-12', ...count(1, 0) });
    expect(stats.thisMonthOnTime).toEqual(count(1, 1));
    expect(stats.last12MonthsOnTime).toEqual(count(3, 2));
    db.close();
  });

  it('answers with zeros and no rates for an empty cache', () => {
    const db = openWith([]);
    const stats = KioskStatistics.parse(computeStatistics(db, NOW, null));
    expect(stats.thisMonthOnTime).toEqual({ finished: 0, onTime: 0, rate: null });
    expect(stats.last12MonthsOnTime.rate).toBeNull();
    expect(stats.byField).toEqual([]);
    expect(stats.byAgency).toEqual([]);
    expect(stats).toMatchObject({ processing: 0, overdue: 0 });
    db.close();
  });
});
