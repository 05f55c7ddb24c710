import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { ProcedureSearch } from '../../electron/catalogue/procedure-search.ts';
import { ProcedureStore } from '../../electron/catalogue/procedure-store.ts';
import { searchText } from '../../electron/catalogue/search-text.ts';
import { openDatabase } from '../../electron/db/open-database.ts';
import type { ProcedureRecord } from '../../shared/contract/procedure.ts';
import { foldVietnamese } from '../../shared/text/fold.ts';

/** A search engine under test: gives the codes of its best results, best first. */
export interface SearchEngine {
  name: string;
  buildMs: number;
  search(query: string, limit: number): string[];
  close(): void;
}

/** The same documents for every engine: code, and the folded name and body the FTS index holds. */
const documents = (records: readonly ProcedureRecord[]) =>
  records.map((r) => ({ id: r.code, code: r.code, ...searchText(r) }));

/** Edits allowed per word, the same rule the kiosk's own correction uses. */
const editsFor = (term: string): number | false => (term.length <= 1 ? false : term.length <= 5 ? 1 : 2);

function timed<T>(build: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = build();
  return { value, ms: performance.now() - start };
}

export function kioskFtsEngine(records: readonly ProcedureRecord[]): SearchEngine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-'));
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  const { value: search, ms } = timed(() => {
    new ProcedureStore(db).upsertMany(records, new Date());
    return new ProcedureSearch(db);
  });
  return {
    name: 'kiosk FTS5',
    buildMs: ms,
    search: (query, limit) => search.search(query, { limit }).results.map((r) => r.code),
    close: () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * MiniSearch set up for search-as-you-type: prefix on the word being typed, fuzzy matching
 * with the kiosk's own edit budget but none for one or two letters (a Vietnamese syllable
 * of two letters is one edit from dozens of others), AND so each word narrows the results,
 * the name boosted as in the kiosk's bm25, terms folded the same way. The best of the
 * configurations tried over the same queries.
 */
export function miniSearchEngine(records: readonly ProcedureRecord[]): SearchEngine {
  const { value: index, ms } = timed(() => {
    const mini = new MiniSearch({
      fields: ['code', 'name', 'body'],
      storeFields: ['code'],
      processTerm: (term) => foldVietnamese(term) || null,
      searchOptions: {
        combineWith: 'AND',
        boost: { name: 10, code: 10 },
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (term.length <= 2 ? false : editsFor(term)),
        maxFuzzy: 2,
        weights: { fuzzy: 0.3, prefix: 0.7 },
      },
    });
    mini.addAll(documents(records));
    return mini;
  });
  return {
    name: 'MiniSearch',
    buildMs: ms,
    search: (query, limit) => index.search(query).slice(0, limit).map((r) => r.id as string),
    close: () => {},
  };
}

/**
 * Fuse.js with its token search (TF-IDF over words, each word matched fuzzily), which finds
 * multi-word queries far better than one fuzzy pattern over the whole text (it also finds
 * prefixes, being fuzzy substring matching); location ignored so a word counts wherever
 * it stands; the name weighted above the body; the query folded the same way.
 */
export function fuseEngine(records: readonly ProcedureRecord[]): SearchEngine {
  const { value: fuse, ms } = timed(
    () =>
      new Fuse(documents(records), {
        keys: [
          { name: 'code', weight: 3 },
          { name: 'name', weight: 3 },
          { name: 'body', weight: 1 },
        ],
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.4,
        useTokenSearch: true,
      }),
  );
  return {
    name: 'Fuse.js',
    buildMs: ms,
    search: (query, limit) => fuse.search(foldVietnamese(query), { limit }).map((r) => r.item.code),
    close: () => {},
  };
}
