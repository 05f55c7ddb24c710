import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskStatistics } from '../../../../shared/contract/index.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const demo = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../../../assets/demo/dossiers.json'), 'utf8')) as { anchor: string };
/** 10:00 on Friday 20/11/2026 in Vietnam: the demo data as written, unshifted. */
const ANCHOR = new Date(demo.anchor);

const count = (finished: number, onTime: number) => ({ finished, onTime, rate: onTime / finished });

describe('statistics of the demo data through the host (assets/demo/README.md)', () => {
  const tempDir = useTempDir();

  it('answers getStatistics with the figures counted by hand from the demo dossiers', async () => {
    const host = await createKioskHost({ dbPath: path.join(tempDir(), 'kiosk.db'), demoWhenEmpty: true, backgroundSync: false, now: () => ANCHOR });
    const response = await host.call('getStatistics', {});
    expect(response.ok).toBe(true);
    const stats = KioskStatistics.parse(response.ok && response.result);
    // Ten finished dossiers (status 9 and 10), all in November 2026; two of them late
    // (…261012-0005 and …261020-0017): 8 of 10 on time.
    expect(stats.thisMonth).toBe('2026-11');
    expect(stats.thisMonthOnTime).toEqual(count(10, 8));
    expect(stats.last12MonthsOnTime).toEqual(count(10, 8));
    expect(stats.months.at(-1)).toEqual({ month: '2026-11', ...count(10, 8) });
    expect(stats.months.slice(0, 11).every((m) => m.finished === 0)).toBe(true);
    const byName = (groups: KioskStatistics['byField']) => Object.fromEntries(groups.map((g) => [g.name, g.last12Months]));
    expect(byName(stats.byField)).toEqual({
      'Hộ tịch': count(3, 3),
      'Chứng thực': count(3, 3),
      'Đất đai': count(2, 1),
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)': count(1, 1),
      'Hoạt động xây dựng': count(1, 0),
    });
    expect(byName(stats.byAgency)).toEqual({
      'Ủy ban nhân dân xã Bến Mây': count(3, 3),
      'Ủy ban nhân dân xã Suối Ngọc': count(3, 3),
      'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây': count(2, 1),
      'Ủy ban nhân dân phường Sông Mây': count(2, 1),
    });
    // Statuses 2, 4, 5 and 6: eleven dossiers. At 10:00 only …261028-0007 (due 11/11) is past
    // due; the two due at 16:30 and 17:00 today are not yet.
    expect(stats).toMatchObject({ processing: 11, overdue: 1, dataAsOf: ANCHOR.toISOString() });
    await host.close();
  });
});
