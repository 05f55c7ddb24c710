/**
 * How often the kiosk's procedure search finds what the citizen means, over the 2,642
 * national procedures: a query hits when one of its expected codes is among its first k
 * results. Sets: the public query file of ../shared/data (as written, and every prefix of
 * at least MIN_PREFIX_FOR_HITS characters while it is typed), the typos of
 * search-workload.ts, and the abbreviation and field/level queries of
 * search-intent-queries.ts. Prints each set's rate and the queries that missed, and
 * appends one line to test/bench/results.jsonl.
 *
 * Run: npx tsx test/bench/search-hits.bench.ts [label]   (label: e.g. "before", "after")
 */
import { recordBenchResult, round } from './bench-results.ts';
import { kioskFtsEngine } from './search-engines.ts';
import { ABBREVIATION_QUERIES, INTENT_QUERIES } from './search-intent-queries.ts';
import { asYouType, hits, isJudgedPrefix, TYPO_QUERIES } from './search-workload.ts';
import { nationalRecords, readSearchQueries } from '../support/national-data.ts';
import type { SearchQuery } from '../support/national-data.ts';

const LIMIT = 10;

function main(): void {
  const label = process.argv[2] ?? 'unlabelled';
  const records = nationalRecords();
  const engine = kioskFtsEngine(records);
  try {
    const publicQueries = readSearchQueries();
    const prefixes = asYouType(publicQueries)
      .filter(isJudgedPrefix)
      .map((p) => ({ ...p.of, q: p.text }));
    const sets: Record<string, SearchQuery[]> = {
      public: publicQueries,
      publicPrefixes: prefixes,
      typos: TYPO_QUERIES,
      abbreviations: ABBREVIATION_QUERIES,
      fieldAndLevel: INTENT_QUERIES,
    };
    const rates: Record<string, { hit: number; of: number; rate: number }> = {};
    for (const [name, queries] of Object.entries(sets)) {
      const missed = queries.filter((q) => !hits(engine.search(q.q, LIMIT), q));
      rates[name] = { hit: queries.length - missed.length, of: queries.length, rate: round((queries.length - missed.length) / queries.length) };
      console.log(`${name.padEnd(15)} ${String(rates[name].hit).padStart(3)}/${String(queries.length).padEnd(3)} ${(rates[name].rate * 100).toFixed(1)}%`);
      for (const q of missed) console.log(`  missed: "${q.q}" → ${engine.search(q.q, q.k).join(', ') || '(nothing)'} (wanted one of ${q.expect.join(', ')} in the first ${q.k})`);
    }
    recordBenchResult('search-hits', { label, procedures: records.length, limit: LIMIT, rates });
  } finally {
    engine.close();
  }
}

main();
