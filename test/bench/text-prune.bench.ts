// Pruning unreferenced texts on a large cache: the longest stretch the main thread is held
// (one window's read, or the final delete) and the total, with 50,000 texts left behind.
//   npx tsx test/bench/text-prune.bench.ts [dossiers]      (default 1,000,000)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/open-database.ts';
import { DossierStore } from '../../electron/dossiers/dossier-store.ts';
import { dossierRecord } from '../support/dossier-fixtures.ts';
import { recordBenchResult, round } from './bench-results.ts';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const LEFT_BEHIND = 50_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-text-prune-bench-'));

try {
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  const store = new DossierStore(db);
  const BATCH = 5000;
  const at = '2026-11-01T02:00:00.000Z';
  for (let start = 0; start < COUNT; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(COUNT, start + BATCH); i += 1) {
      batch.push(
        dossierRecord({
          code: `000.00.12.H53-${String(240101 + Math.floor(i / 9999))}-${String(1 + (i % 9999)).padStart(4, '0')}`,
          procedureName: `Thủ tục ${i % 400}`,
          timeline: [
            { at, department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' },
            { at, department: `Phòng ${i % 12}`, action: 'Thụ lý hồ sơ' },
            { at, department: `Phòng ${i % 12}`, action: 'Trình ký' },
            { at, department: 'Bộ phận Một cửa', action: 'Trả kết quả' },
          ],
        }),
      );
    }
    store.upsertMany(batch, new Date());
  }
  store.writeTransaction(() => {
    for (let i = 0; i < LEFT_BEHIND; i += 1) store.texts.idFor(`Thủ tục đã bãi bỏ ${i}`);
  });

  // The event loop's longest wait while the prune runs, seen from outside it.
  let longestGapMs = 0;
  let running = true;
  let last = performance.now();
  const probe = () => {
    const t = performance.now();
    longestGapMs = Math.max(longestGapMs, t - last);
    last = t;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  const started = performance.now();
  const report = await store.texts.pruneUnreferenced();
  const totalMs = performance.now() - started;
  longestGapMs = Math.max(longestGapMs, performance.now() - last);
  running = false;
  if (report.deleted !== LEFT_BEHIND) throw new Error(`pruned ${report.deleted}, expected ${LEFT_BEHIND}`);
  const figures = {
    dossiers: COUNT,
    deleted: report.deleted,
    longestWindowMs: round(report.longestWindowMs, 1),
    longestEventLoopGapMs: round(longestGapMs, 1),
    totalSeconds: round(totalMs / 1000, 2),
  };
  console.log(figures);
  recordBenchResult('text-prune', figures);
  db.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
