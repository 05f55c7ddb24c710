import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { SyncStateStore } from '../../electron/sync/sync-state-store.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';
import { KioskShell } from './pages/KioskShell.ts';
import { StatisticsPage } from './pages/StatisticsPage.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VIETNAM = 7 * HOUR;

/** The instant the current Vietnam-time month began. */
function vietnamMonthStart(now: number): number {
  const local = new Date(now + VIETNAM);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VIETNAM;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Imported data around "now", so the figures are known whatever the day: this month 3
 * dossiers finished, 2 on time; last month 2 finished, 1 on time; 4 being processed, 2 of them
 * past their due date.
 */
function fixture(now: number): DossierRecordInput[] {
  const monthStart = vietnamMonthStart(now);
  // Finished a minute ago, or at the very start of the month if that is sooner: this month.
  const thisMonth = Math.max(monthStart, now - 60_000);
  // The day before this month began: last month.
  const lastMonth = monthStart - DAY;
  let seq = 0;
  const dossier = (agency: 'A' | 'B', fields: Partial<DossierRecordInput> & Pick<DossierRecordInput, 'status'>): DossierRecordInput => {
    seq += 1;
    const agencyCode = agency === 'A' ? '000.21.12.H53' : '000.12.12.H53';
    return {
      code: `${agencyCode}-260101-${String(seq).padStart(4, '0')}`,
      version: 1,
      agencyCode,
      agencyName: agency === 'A' ? 'Ủy ban nhân dân xã Bến Mây' : 'Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây',
      procedureName: 'Thủ tục thử',
      fieldName: agency === 'A' ? 'Hộ tịch' : 'Đất đai',
      receivedAt: iso(lastMonth - 20 * DAY),
      ...fields,
    };
  };
  return [
    dossier('A', { status: 10, finishedAt: iso(thisMonth), dueAt: iso(thisMonth + HOUR) }),
    dossier('A', { status: 9, finishedAt: iso(thisMonth), dueAt: iso(thisMonth) }),
    dossier('A', { status: 9, finishedAt: iso(thisMonth), dueAt: iso(thisMonth - HOUR) }),
    dossier('A', { status: 10, finishedAt: iso(lastMonth), dueAt: iso(lastMonth + DAY) }),
    dossier('B', { status: 10, finishedAt: iso(lastMonth), dueAt: iso(lastMonth - DAY) }),
    dossier('A', { status: 2, dueAt: iso(now + 5 * DAY) }),
    dossier('B', { status: 4, dueAt: iso(now - DAY) }),
    dossier('B', { status: 5, dueAt: iso(now - 2 * DAY) }),
    dossier('A', { status: 6, dueAt: iso(now + 3 * DAY) }),
    dossier('B', { status: 3 }),
  ];
}

test.describe('statistics screen over imported data', () => {
  let server: KioskServer | undefined;
  let dir: string | undefined;
  test.afterEach(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('shows the on-time rate, the counts and the chart values computed by hand', async ({ page }) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-stats-'));
    const dbPath = path.join(dir, 'kiosk.db');
    const now = Date.now();
    const db = openDatabase(dbPath);
    new DossierStore(db).upsertMany(fixture(now), new Date(now));
    new SyncStateStore(db).recordSuccess('import', new Date(now));
    db.close();
    server = await startKioskServer({ dbPath });

    const shell = new KioskShell(page);
    await shell.open(server.url);
    const stats = new StatisticsPage(page);
    await StatisticsPage.openButton(page).click();
    await stats.expectOpen();

    // Twelve months: 5 finished, 3 on time.
    await expect(stats.rate).toHaveText('60%');
    await expect(stats.onTimeOf).toHaveText('3/5 hồ sơ đúng hạn');
    await expect(stats.figure(stats.processing)).toHaveText('4');
    await expect(stats.figure(stats.overdue)).toHaveText('2');
    await expect(stats.chart('fields')).toHaveAttribute('aria-label', 'Theo lĩnh vực. Hộ tịch: 75% (3/4 hồ sơ); Đất đai: 0% (0/1 hồ sơ)');
    await expect(stats.chart('agencies')).toHaveAttribute(
      'aria-label',
      'Theo đơn vị xử lý. Ủy ban nhân dân xã Bến Mây: 75% (3/4 hồ sơ); Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Mây: 0% (0/1 hồ sơ)',
    );
    const months = await stats.chart('months').getAttribute('aria-label');
    const local = new Date(now + VIETNAM);
    const month = (offset: number) => {
      const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1));
      return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    };
    expect(months).toContain(`${month(0)}: 66,7% (2/3 hồ sơ)`);
    expect(months).toContain(`${month(-1)}: 50% (1/2 hồ sơ)`);
    expect(months).toContain(`${month(-2)}: chưa có hồ sơ giải quyết xong`);

    // Names break between words, never inside one ("đăng ký | đất đai", not "Sông | Mây").
    expect(JSON.parse((await stats.chart('agencies').getAttribute('data-labels'))!)).toEqual([
      'Ủy ban nhân dân xã Bến Mây',
      'Chi nhánh Văn phòng đăng ký\nđất đai khu vực Sông Mây',
    ]);
    // Each count is said once, with what it counts; the only "updated" time is the footer's.
    await expect(stats.processing).toHaveText(/^Đang giải quyết\s*4\s*hồ sơ đã tiếp nhận, chưa giải quyết xong$/);
    await expect(stats.overdue).toHaveText(/^Trong đó đã quá hạn\s*2\s*hồ sơ đã quá ngày hẹn trả kết quả$/);
    await expect(stats.root).not.toContainText(/\d{1,2}:\d{2}/);
    // Months with nothing finished are gaps: no bar and no value drawn, not a dash.
    const drawn = JSON.parse((await stats.chart('months').getAttribute('data-values'))!) as (string | null)[];
    expect(drawn).toHaveLength(12);
    expect(drawn.slice(-2)).toEqual(['50%', '66,7%']);
    expect(drawn.slice(0, -2).every((v) => v === null)).toBe(true);

    // This month: 3 finished, 2 on time; the land field finished nothing this month.
    await stats.period('thisMonth').click();
    await expect(stats.period('thisMonth')).toHaveText(`Tháng ${month(0)}`);
    await expect(stats.rate).toHaveText('66,7%');
    await expect(stats.onTimeOf).toHaveText('2/3 hồ sơ đúng hạn');
    await expect(stats.chart('fields')).toHaveAttribute('aria-label', 'Theo lĩnh vực. Hộ tịch: 66,7% (2/3 hồ sơ)');

    // And in English.
    await shell.setLanguage('en');
    await expect(stats.rate).toHaveText('66.7%');
    await expect(stats.onTimeOf).toHaveText('2 of 3 dossiers on time');
  });
});
