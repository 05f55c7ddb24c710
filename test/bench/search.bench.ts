/**
 * Procedure search as the kiosk sees it while a citizen types: every prefix of every query
 * of ../shared/data/search-queries.json (and of TYPO_QUERIES), over the 2,642 national
 * procedures, with the kiosk's FTS5 search beside MiniSearch and Fuse.js in the same run.
 *
 * Latency: median and p95 over every prefix of the query file's queries, each query's
 * latency being the median of RUNS_PER_QUERY runs after a warm-up pass.
 * Hit rates (a query hits when one of its expected codes is among its first k results):
 * - full: the query file's queries as written;
 * - prefixes: every prefix of at least MIN_PREFIX_FOR_HITS characters, judged by the
 *   expectation of the query it is a prefix of (strict: "ho k" must already find a
 *   household-business procedure);
 * - typos: the misspelled and run-together queries of search-workload.ts.
 *
 * Run: npx tsx test/bench/search.bench.ts   Appends one line to test/bench/results.jsonl.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { nationalRecords, readSearchQueries } from '../support/national-data.ts';
import { fuseEngine, kioskFtsEngine, miniSearchEngine } from './search-engines.ts';
import type { SearchEngine } from './search-engines.ts';
import { asYouType, hits, isJudgedPrefix, MIN_PREFIX_FOR_HITS, TYPO_QUERIES } from './search-workload.ts';
import type { AsYouTypeQuery } from './search-workload.ts';

const RESULTS_FILE = path.join(import.meta.dirname, 'results.jsonl');
const LIMIT = 10;
// Each query's latency is the median of this many runs: the build machines are shared, and
// one run per query measures the neighbours as much as the engine.
const RUNS_PER_QUERY = 3;
const TARGET_P95_MS = 3;

interface EngineReport {
  engine: string;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
  hitRate: { full: number; prefixes: number; typos: number };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const rate = (queries: readonly AsYouTypeQuery[], results: Map<AsYouTypeQuery, string[]>) =>
  round(queries.filter((q) => hits(results.get(q)!, q.of)).length / queries.length, 3);

function measure(engine: SearchEngine, workload: readonly AsYouTypeQuery[], timedQueries: Set<AsYouTypeQuery>): EngineReport {
  const results = new Map<AsYouTypeQuery, string[]>();
  for (const q of workload) results.set(q, engine.search(q.text, LIMIT)); // also the warm-up
  const latencies: number[] = [];
  for (const q of timedQueries) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS_PER_QUERY; i += 1) {
      const start = performance.now();
      engine.search(q.text, LIMIT);
      runs.push(performance.now() - start);
    }
    latencies.push(percentile(runs.sort((a, b) => a - b), 0.5));
  }
  latencies.sort((a, b) => a - b);
  const fromFile = workload.filter((q) => timedQueries.has(q));
  const typos = workload.filter((q) => !timedQueries.has(q) && q.isFull);
  return {
    engine: engine.name,
    buildMs: round(engine.buildMs, 0),
    medianMs: round(percentile(latencies, 0.5), 3),
    p95Ms: round(percentile(latencies, 0.95), 3),
    hitRate: {
      full: rate(fromFile.filter((q) => q.isFull), results),
      prefixes: rate(fromFile.filter(isJudgedPrefix), results),
      typos: rate(typos, results),
    },
  };
}

function printTable(reports: readonly EngineReport[], counts: Record<string, number>): void {
  const rows = [
    ['engine', 'build ms', 'median ms', 'p95 ms', `full (${counts.full})`, `prefixes ≥${MIN_PREFIX_FOR_HITS} (${counts.prefixes})`, `typos (${counts.typos})`],
    ...reports.map((r) => [
      r.engine,
      String(r.buildMs),
      r.medianMs.toFixed(3),
      r.p95Ms.toFixed(3),
      `${(r.hitRate.full * 100).toFixed(1)}%`,
      `${(r.hitRate.prefixes * 100).toFixed(1)}%`,
      `${(r.hitRate.typos * 100).toFixed(1)}%`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
}

function main(): void {
  const records = nationalRecords();
  const fileQueries = readSearchQueries();
  const fromFile = asYouType(fileQueries);
  const workload = [...fromFile, ...asYouType(TYPO_QUERIES)];
  const timed = new Set(fromFile);
  const counts = {
    full: fileQueries.length,
    prefixes: fromFile.filter(isJudgedPrefix).length,
    typos: TYPO_QUERIES.length,
  };
  const reports: EngineReport[] = [];
  for (const make of [kioskFtsEngine, miniSearchEngine, fuseEngine]) {
    const engine = make(records);
    try {
      reports.push(measure(engine, workload, timed));
    } finally {
      engine.close();
    }
  }
  console.log(`${records.length} procedures, ${timed.size} as-you-type queries timed, first ${LIMIT} results\n`);
  printTable(reports, counts);
  const [fts, ...libraries] = reports as [EngineReport, ...EngineReport[]];
  const rates = ['full', 'prefixes', 'typos'] as const;
  const targetMet =
    fts.p95Ms <= TARGET_P95_MS && rates.every((r) => fts.hitRate[r] >= Math.max(...libraries.map((l) => l.hitRate[r])));
  console.log(`\ntarget (FTS p95 ≤ ${TARGET_P95_MS} ms, each hit rate ≥ the better library's): ${targetMet ? 'met' : 'NOT met'}`);
  const sqlite = new BetterSqlite3(':memory:');
  const sqliteVersion = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  sqlite.close();
  const line = {
    bench: 'search',
    at: new Date().toISOString(),
    node: process.version,
    sqlite: sqliteVersion,
    procedures: records.length,
    timedQueries: timed.size,
    judged: counts,
    limit: LIMIT,
    runsPerQuery: RUNS_PER_QUERY,
    engines: reports,
    target: { p95Ms: TARGET_P95_MS, met: targetMet },
  };
  fs.appendFileSync(RESULTS_FILE, `${JSON.stringify(line)}\n`);
}

main();
