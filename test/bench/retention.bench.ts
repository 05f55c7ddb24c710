// The retention purge on a large cache: how long the main thread is blocked by the scan when
// nothing is due, and by a purge that removes a third of the dossiers.
//   npx tsx test/bench/retention.bench.ts [dossiers]      (default 1,000,000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierRetention } from '../../electron/dossiers/dossier-retention.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { dossierRecord } from '../support/dossier-fixtures.ts';
import { recordBenchResult, round } from './bench-results.ts';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const NOW = Date.parse('2026-11-20T03:00:00Z');
const DAY = 86_400_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-retention-bench-'));

try {
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  const store = new DossierStore(db);
  const BATCH = 5000;
  for (let start = 0; start < COUNT; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(COUNT, start + BATCH); i += 1) {
      // A third returned long ago, a third returned recently, a third in progress.
      const kind = i % 3;
      const at = new Date(NOW - (kind === 0 ? 200 : 20) * DAY).toISOString();
      batch.push(
        dossierRecord({
          code: `000.00.12.H53-${String(240101 + Math.floor(i / 9999))}-${String(1 + (i % 9999)).padStart(4, '0')}`,
          status: kind === 2 ? 4 : 10,
          receivedAt: at,
          returnedAt: kind === 2 ? null : at,
          timeline: [{ at, department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' }],
        }),
      );
    }
    store.upsertMany(batch, new Date(NOW));
  }
  const retention = new DossierRetention(db);
  // As the host runs it: window by window; the longest window is how long the host is blocked.
  const timed = (cutoffDays: number) => {
    const t0 = performance.now();
    let purged = 0;
    let longestStepMs = 0;
    for (let after: string | null = ''; after !== null; ) {
      const s0 = performance.now();
      const step = retention.purgeStep(after, new Date(NOW - cutoffDays * DAY));
      longestStepMs = Math.max(longestStepMs, performance.now() - s0);
      purged += step.purged;
      after = step.next;
    }
    return { purged, ms: round(performance.now() - t0, 1), longestStepMs: round(longestStepMs, 1) };
  };
  const scan = timed(3650);
  const purge = timed(90);
  const again = timed(90);
  console.log(
    `${COUNT} dossiers: nothing due ${scan.ms} ms (longest window ${scan.longestStepMs} ms); purge of ${purge.purged} in ${purge.ms} ms (longest window ${purge.longestStepMs} ms); next run ${again.ms} ms`,
  );
  recordBenchResult('retention', {
    dossiers: COUNT,
    nothingDueMs: scan.ms,
    nothingDueLongestWindowMs: scan.longestStepMs,
    purged: purge.purged,
    purgeMs: purge.ms,
    purgeLongestWindowMs: purge.longestStepMs,
    nextRunMs: again.ms,
  });
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
