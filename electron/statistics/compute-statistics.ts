import type { Database } from 'better-sqlite3';
import type { KioskStatistics, OnTimeCount, OnTimeGroup } from '../../shared/contract/index.ts';
import { lastTwelveMonths, monthKey, monthStartMs, addMonths, VIETNAM_OFFSET_MS } from './vietnam-month.ts';

/** Received and not finished: Được tiếp nhận, Đang xử lý, Yêu cầu bổ sung, Nghĩa vụ tài chính. */
const PROCESSING_STATUSES = '2, 4, 5, 6';
/** Đã xử lý xong, Đã trả kết quả. */
const FINISHED_STATUSES = '9, 10';

interface FinishedRow {
  agencyId: number;
  fieldId: number | null;
  month: string;
  finished: number;
  onTime: number;
}

interface Tally {
  finished: number;
  onTime: number;
}

interface GroupTally {
  key: string;
  name: string | null;
  thisMonth: Tally;
  last12Months: Tally;
}

const toCount = ({ finished, onTime }: Tally): OnTimeCount => ({ finished, onTime, rate: finished === 0 ? null : onTime / finished });
const add = (tally: Tally, row: Tally) => {
  tally.finished += row.finished;
  tally.onTime += row.onTime;
};
const emptyTally = (): Tally => ({ finished: 0, onTime: 0 });

function toGroups(groups: Map<string, GroupTally>): OnTimeGroup[] {
  return [...groups.values()]
    .sort((a, b) => b.last12Months.finished - a.last12Months.finished || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'vi'))
    .map((g) => ({ key: g.key, name: g.name, thisMonth: toCount(g.thisMonth), last12Months: toCount(g.last12Months) }));
}

/**
 * The centre's on-time rate (tỷ lệ giải quyết đúng hạn) from the cache: dossiers finished
 * (status 9 or 10) on or before their due date, over the dossiers finished, by the Vietnam-time
 * month they were finished in — this month and the last twelve — overall, by field and by
 * agency; plus how many dossiers are being processed and how many of those are overdue.
 *
 * A dossier's finishing time is its finishedAt (its returnedAt when the server gave none);
 * one without a due date cannot be on time or late and is left out of the rate. One scan of
 * the table, grouped in SQLite.
 */
export function computeStatistics(db: Database, now: Date, dataAsOf: string | null): KioskStatistics {
  const months = lastTwelveMonths(now);
  const current = months.at(-1)!;
  const currentKey = monthKey(current);
  const fromSec = monthStartMs(months[0]!) / 1000;
  const toSec = monthStartMs(addMonths(current, 1)) / 1000;

  const rows = db
    .prepare<[number, number], FinishedRow>(`
      SELECT agency_id AS agencyId, field_name_id AS fieldId,
             strftime('%Y-%m', done + ${VIETNAM_OFFSET_MS / 1000}, 'unixepoch') AS month,
             count(*) AS finished, sum(done <= due_at) AS onTime
      FROM (
        SELECT agency_id, field_name_id, due_at, coalesce(finished_at, returned_at) AS done
        FROM dossiers WHERE status IN (${FINISHED_STATUSES}) AND due_at IS NOT NULL
      )
      WHERE done >= ? AND done < ?
      GROUP BY agencyId, fieldId, month`)
    .all(fromSec, toSec);

  const agencies = new Map(
    db
      .prepare<[], { id: number; code: string; name: string | null }>('SELECT id, code, name FROM agencies')
      .all()
      .map((a) => [a.id, a.name ?? a.code]),
  );
  const fieldName = db.prepare<[number], string>('SELECT text FROM texts WHERE id = ?').pluck();

  const byMonth = new Map(months.map((m) => [monthKey(m), emptyTally()]));
  const byField = new Map<string, GroupTally>();
  const byAgency = new Map<string, GroupTally>();
  const group = (map: Map<string, GroupTally>, key: string, name: () => string | null): GroupTally => {
    let g = map.get(key);
    if (!g) {
      g = { key, name: name(), thisMonth: emptyTally(), last12Months: emptyTally() };
      map.set(key, g);
    }
    return g;
  };

  for (const row of rows) {
    const month = byMonth.get(row.month);
    if (!month) continue;
    add(month, row);
    const field = group(byField, `field:${row.fieldId ?? 'none'}`, () => (row.fieldId === null ? null : (fieldName.get(row.fieldId) ?? null)));
    const agency = group(byAgency, `agency:${row.agencyId}`, () => agencies.get(row.agencyId) ?? null);
    for (const g of [field, agency]) {
      add(g.last12Months, row);
      if (row.month === currentKey) add(g.thisMonth, row);
    }
  }

  const open = db
    .prepare<[number], { processing: number; overdue: number | null }>(`
      SELECT count(*) AS processing, sum(due_at IS NOT NULL AND due_at * 1000 < ?) AS overdue
      FROM dossiers WHERE status IN (${PROCESSING_STATUSES})`)
    .get(now.getTime())!;

  const year = emptyTally();
  for (const tally of byMonth.values()) add(year, tally);
  return {
    computedAt: now.toISOString(),
    thisMonth: currentKey,
    thisMonthOnTime: toCount(byMonth.get(currentKey)!),
    last12MonthsOnTime: toCount(year),
    months: [...byMonth].map(([month, tally]) => ({ month, ...toCount(tally) })),
    byField: toGroups(byField),
    byAgency: toGroups(byAgency),
    processing: open.processing,
    overdue: open.overdue ?? 0,
    dataAsOf,
  };
}
