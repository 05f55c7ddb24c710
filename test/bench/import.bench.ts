// `kiosk import dossiers` of a large export: peak memory (RSS) of the real command, JSON array
// and JSON lines, against what reading the whole array at once costs; and how long the kiosk's
// database is held for writing: the import's own figure (writeLockMs) and the longest stretch a
// second connection, probing every few milliseconds as the running kiosk, could not write.
//   npx tsx test/bench/import.bench.ts [records]        (default 200,000)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../electron/db/open-database.ts';
import { dossierRecord } from '../support/dossier-fixtures.ts';
import { recordBenchResult, round } from './bench-results.ts';

const RECORDS = Number(process.argv[2] ?? 200_000);
const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'kiosk.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-import-bench-'));

function code(i: number): string {
  const day = String(1 + Math.floor(i / 9999)).padStart(2, '0');
  const month = String(1 + Math.floor(i / (9999 * 28))).padStart(2, '0');
  return `000.00.12.H53-26${month}${day}-${String(1 + (i % 9999)).padStart(4, '0')}`;
}

async function writeExport(file: string, shape: 'array' | 'lines'): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  if (shape === 'array') await write('\uFEFF[\n');
  for (let i = 0; i < RECORDS; i += 1) {
    const record = JSON.stringify(dossierRecord({ code: code(i), version: 1 + (i % 7), status: 1 + (i % 10) }));
    await write(shape === 'array' ? `${i > 0 ? ',\n' : ''}${record}` : `${record}\n`);
  }
  if (shape === 'array') await write('\n]\n');
  await new Promise<void>((resolve) => out.end(resolve));
  return fs.statSync(file).size;
}

/** Peak RSS (MB) and wall time (s) of a command, from GNU time. */
function measure(args: string[]): { peakRssMb: number; seconds: number; stdout: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', ...args], { encoding: 'utf8', env: { ...process.env, KIOSK_LOG: 'silent' } });
  const [kb, seconds] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { peakRssMb: round(kb! / 1024, 1), seconds: seconds!, stdout: result.stdout.trim() };
}

/** The import run while a second connection tries a write every ~2 ms: the longest time it could not. */
async function importWhileProbing(file: string, dbFile: string): Promise<{ peakRssMb: number; seconds: number; writeLockMs: number; longestBlockedMs: number; probes: number }> {
  openDatabase(dbFile).close();
  const kiosk = new BetterSqlite3(dbFile);
  kiosk.pragma('busy_timeout = 0');
  let blockedSince: number | null = null;
  let longestBlockedMs = 0;
  let probes = 0;
  const probe = setInterval(() => {
    probes += 1;
    try {
      kiosk.exec('BEGIN IMMEDIATE');
      kiosk.exec('ROLLBACK');
      if (blockedSince !== null) longestBlockedMs = Math.max(longestBlockedMs, performance.now() - blockedSince);
      blockedSince = null;
    } catch {
      blockedSince ??= performance.now();
    }
  }, 2);
  const child = spawn('/usr/bin/time', ['-f', '%M %e', process.execPath, BIN, 'import', 'dossiers', file, '--db', dbFile, '--json'], {
    env: { ...process.env, KIOSK_LOG: 'silent' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(probe);
  if (blockedSince !== null) longestBlockedMs = Math.max(longestBlockedMs, performance.now() - blockedSince);
  kiosk.close();
  const [kb, seconds] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const report = JSON.parse(stdout) as { writeLockMs: number; applied: number };
  if (report.applied !== RECORDS) throw new Error(`imported ${report.applied} of ${RECORDS}`);
  return { peakRssMb: round(kb! / 1024, 1), seconds: seconds!, writeLockMs: report.writeLockMs, longestBlockedMs: Math.round(longestBlockedMs), probes };
}

const figures: Record<string, unknown> = { records: RECORDS };
try {
  for (const shape of ['array', 'lines'] as const) {
    const file = path.join(dir, `export-${shape}.json`);
    const bytes = await writeExport(file, shape);
    const run = measure([process.execPath, BIN, 'import', 'dossiers', file, '--db', path.join(dir, `${shape}.db`)]);
    console.log(`${shape}: ${(bytes / 1e6).toFixed(1)} MB file, peak RSS ${run.peakRssMb} MB, ${run.seconds} s — ${run.stdout}`);
    figures[`${shape}FileMb`] = round(bytes / 1e6, 1);
    figures[`${shape}PeakRssMb`] = run.peakRssMb;
    figures[`${shape}Seconds`] = run.seconds;
    if (shape === 'array') {
      // V8 grows its heap lazily, so peak RSS varies with the machine's load; with the heap held
      // to 64 MB the same import still completes: what it keeps alive does not grow with the file.
      const capped = measure([process.execPath, '--max-old-space-size=64', BIN, 'import', 'dossiers', file, '--db', path.join(dir, 'capped.db')]);
      console.log(`array with the heap held to 64 MB: peak RSS ${capped.peakRssMb} MB, ${capped.seconds} s — ${capped.stdout}`);
      figures.arrayHeap64PeakRssMb = capped.peakRssMb;
      const whole = measure([process.execPath, '-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8').slice(1)).length`]);
      console.log(`reading the same array whole (readFile + JSON.parse only): peak RSS ${whole.peakRssMb} MB`);
      figures.wholeArrayParsePeakRssMb = whole.peakRssMb;
    }
    const probed = await importWhileProbing(file, path.join(dir, `${shape}-probed.db`));
    console.log(
      `${shape} with the kiosk probing a write every 2 ms: write transaction ${probed.writeLockMs} ms, longest the kiosk could not write ${probed.longestBlockedMs} ms (${probed.probes} probes over ${probed.seconds} s), peak RSS ${probed.peakRssMb} MB`,
    );
    figures[`${shape}WriteLockMs`] = probed.writeLockMs;
    figures[`${shape}LongestBlockedMs`] = probed.longestBlockedMs;
  }
  const small = path.join(dir, 'small.json');
  fs.writeFileSync(small, JSON.stringify([dossierRecord()]));
  const baseline = measure([process.execPath, BIN, 'import', 'dossiers', small, '--db', path.join(dir, 'small.db')]);
  console.log(`one record (the command's own footprint): peak RSS ${baseline.peakRssMb} MB`);
  figures.oneRecordPeakRssMb = baseline.peakRssMb;
  recordBenchResult('import', figures);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
