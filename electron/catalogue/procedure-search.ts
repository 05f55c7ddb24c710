import type { Database, Statement } from 'better-sqlite3';
import type { FieldSummary, SearchMatch, SearchProceduresOutput, SearchResult } from '../../shared/contract/procedure.ts';
import { toProcedureSummary } from './procedure-row.ts';
import type { ProcedureSummaryRow } from './procedure-row.ts';
import { CandidateQuery } from './search/candidate-query.ts';
import type { Candidate } from './search/candidate-query.ts';
import { expandAbbreviations } from './search/abbreviations.ts';
import { correctSlots } from './search/correct-slots.ts';
import { fieldNameForms, fieldsNamed } from './search/fields-named.ts';
import { ftsExpression } from './search/fts-expression.ts';
import { NameWordsCache } from './search/name-words.ts';
import { parseQuery } from './search/query-slots.ts';
import type { QuerySlot } from './search/query-slots.ts';
import { rankCandidates } from './search/rank-candidates.ts';
import { suggestFields } from './search/suggest-fields.ts';
import type { RankedCandidate } from './search/rank-candidates.ts';
import { Vocabulary } from './search/vocabulary.ts';
import { inScope, scopeJson, unitScope } from './unit-scope.ts';
import type { UnitFields } from './unit-scope.ts';

/** The level of the site the kiosk stands in (the siteLevel setting). */
export type SiteLevel = () => 'commune' | 'province';

/** Each site level as the catalogue writes it (cấp thực hiện). */
const CATALOGUE_LEVEL = { commune: 'Cấp xã', province: 'Cấp tỉnh' } as const;

export interface SearchOptions {
  /** Only procedures of this field (lĩnh vực). */
  field?: string | null;
  limit?: number;
}

const DEFAULT_LIMIT = 20;
// Rows re-ranked per query: every name match of all but the common words.
const POOL = 100;
// Fewer name matches than this and the rest of the text is searched, then corrections tried.
const FEW_RESULTS = 3;
// A last word typed this far matches too many bodies to be worth searching them.
const SHORT_PREFIX = 3;

/** What searching needs from the catalogue beyond SQL, rebuilt when the catalogue changes. */
interface Snapshot {
  /** catalogue_changes when it was built (migration 10): moved by every write to the procedures. */
  version: number;
  vocabulary: Vocabulary;
  names: NameWordsCache;
  /** Each field's name as a query may hold it (fields-named.ts). */
  fieldForms: Map<string, string[][]>;
}

const toResult = (row: ProcedureSummaryRow, match: SearchMatch): SearchResult => ({ ...toProcedureSummary(row), match });

const isShortPrefix = (slots: readonly QuerySlot[]): boolean => {
  const last = slots.at(-1)!.terms[0]!;
  return last.prefix && last.term.length < SHORT_PREFIX;
};

function mergeByScore(...lists: RankedCandidate[][]): RankedCandidate[] {
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((c) => !seen.has(c.code) && seen.add(c.code))
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length);
}

function concatUnique(first: Candidate[], second: () => Candidate[]): Candidate[] {
  const seen = new Set(first.map((c) => c.code));
  return [...first, ...second().filter((c) => !seen.has(c.code))];
}

/**
 * As-you-type procedure search: SQLite FTS5 over folded text, re-ranked to prefer the name
 * and the query as a phrase; a second stage for misspelled and run-together words when the
 * literal query finds little; exact lookup by procedure code.
 */
export class ProcedureSearch {
  private readonly candidates: CandidateQuery;
  private readonly byCodePrefix: Statement<{ from: string; to: string; field: string | null; scope: string | null; limit: number }, ProcedureSummaryRow>;
  private readonly fields: Statement<[], FieldSummary>;
  private readonly catalogueChanges: Statement<[], number>;
  private current: Snapshot | null = null;
  /** The unit's fields for the search under way (JSON for SQL), null for every field. */
  private scope: string | null = null;
  /** Fields the query under way names, with the rest of the query for each. */
  private named: Map<string, QuerySlot[]> = new Map();

  /**
   * `unitFields`: the kiosk unit's fields; nothing outside them is found (unit-scope.ts).
   * `siteLevel`: the site's level, whose procedures come first; a commune or ward centre's
   * when not given.
   */
  constructor(
    private readonly db: Database,
    private readonly options: { unitFields?: UnitFields; siteLevel?: SiteLevel } = {},
  ) {
    this.candidates = new CandidateQuery(db);
    this.fields = db.prepare('SELECT name, count FROM procedure_fields');
    this.catalogueChanges = db.prepare<[], number>('SELECT count FROM catalogue_changes WHERE id = 1').pluck();
    this.byCodePrefix = db.prepare(
      `SELECT code, name, field, levels_json FROM procedures
       WHERE code >= @from AND code < @to AND (@field IS NULL OR field = @field)
         AND (@scope IS NULL OR field IN (SELECT value FROM json_each(@scope))) ORDER BY code LIMIT @limit`,
    );
  }

  /** Results for `query`; when there are none, the fields nearest to it to browse instead. */
  search(query: string, options: SearchOptions = {}): SearchProceduresOutput {
    const scope = unitScope(this.options.unitFields);
    if (options.field != null && !inScope(scope, options.field)) return { results: [], correctedQuery: null, suggestedFields: [] };
    this.scope = scopeJson(scope);
    try {
      const found = this.find(query, options);
      const fields = this.fields.all().filter((f) => inScope(scope, f.name));
      const suggestedFields = found.results.length === 0 && query.trim() !== '' ? suggestFields(fields, query) : [];
      return { ...found, suggestedFields };
    } finally {
      this.scope = null;
      this.named = new Map();
    }
  }

  private find(query: string, options: SearchOptions): Omit<SearchProceduresOutput, 'suggestedFields'> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const field = options.field ?? null;
    const parsed = parseQuery(query);
    if (parsed.kind === 'empty') return { results: [], correctedQuery: null };
    if (parsed.kind === 'code') {
      const rows = this.byCodePrefix.all({ from: parsed.code, to: `${parsed.code}\uffff`, field, scope: this.scope, limit });
      return { results: rows.map((row) => toResult(row, 'code')), correctedQuery: null };
    }
    const slots = expandAbbreviations(parsed.slots);
    this.named = field === null ? fieldsNamed(slots, this.snapshot().fieldForms) : new Map();
    const inNames = this.rank(concatUnique(this.fromNames(slots, 'AND', field, limit), () => this.fromNamedFields()), slots);
    const literal =
      inNames.length >= FEW_RESULTS || isShortPrefix(slots) ? inNames : mergeByScore(inNames, this.fromBodies(slots, field, limit));
    if (literal.length >= FEW_RESULTS) {
      return { results: literal.slice(0, limit).map((c) => toResult(c, 'text')), correctedQuery: null };
    }

    let corrected = correctSlots(slots, this.snapshot().vocabulary, 'unknown-words');
    let widened = corrected ? this.rank(this.fromNames(corrected, 'AND', field, limit), corrected) : [];
    if (literal.length + widened.length < FEW_RESULTS) {
      corrected = correctSlots(slots, this.snapshot().vocabulary, 'every-word') ?? corrected;
      widened = corrected ? mergeByScore(widened, this.rank(this.fromNames(corrected, 'AND', field, limit), corrected)) : widened;
    }
    const relaxed = corrected ?? slots;
    const anyWord = literal.length + widened.length > 0 ? [] : this.rank(this.fromNames(relaxed, 'OR', field, limit), relaxed);
    const merged = mergeByScore(literal, widened, anyWord);
    const isLiteral = new Set(literal.map((c) => c.code));
    const best = merged[0];
    return {
      results: merged.slice(0, limit).map((c) => toResult(c, isLiteral.has(c.code) ? 'text' : 'corrected')),
      correctedQuery: best && !isLiteral.has(best.code) && best.matchedTerms ? best.matchedTerms.join(' ') : null,
    };
  }

  /**
   * Name matches to re-rank. bm25 costs about a microsecond for every matching name, so the
   * vocabulary's count of how many names a query can match picks the fetch: a few are all
   * fetched; a single word is looked for first at the start of names, several words first
   * as a phrase; only when those are too few are the rest ordered by bm25.
   */
  private fromNames(slots: readonly QuerySlot[], join: 'AND' | 'OR', field: string | null, limit: number): Candidate[] {
    const counts = slots.map((s) => this.snapshot().vocabulary.estimate(s));
    const estimate = join === 'AND' ? Math.min(...counts) : counts.reduce((a, b) => a + b, 0);
    const match = ftsExpression(slots, { join, column: 'name' });
    if (estimate <= POOL) return this.candidates.firstFound(match, POOL, field, this.scope);
    if (join === 'OR') return this.candidates.byRelevance(match, POOL, field, this.scope);
    const literalSlots = slots.every((s) => s.terms.length === 1);
    const narrow = slots.length === 1 ? { join, initial: true } : literalSlots ? { join: 'PHRASE' as const } : null;
    if (!narrow) return this.candidates.byRelevance(match, POOL, field, this.scope);
    const first = this.candidates.firstFound(ftsExpression(slots, { ...narrow, column: 'name' }), POOL, field, this.scope);
    return first.length >= limit ? first : concatUnique(first, () => this.candidates.byRelevance(match, POOL, field, this.scope));
  }

  /** Procedures of the fields the query names whose names hold the rest of the query. */
  private fromNamedFields(): Candidate[] {
    return [...this.named].flatMap(([field, rest]) =>
      rest.length === 0
        ? this.candidates.inField(field, POOL, this.scope)
        : this.candidates.firstFound(ftsExpression(rest, { join: 'AND', column: 'name' }), POOL, field, this.scope),
    );
  }

  private fromBodies(slots: readonly QuerySlot[], field: string | null, limit: number): RankedCandidate[] {
    return this.rank(this.candidates.byRelevance(ftsExpression(slots, { join: 'AND' }), limit, field, this.scope), slots);
  }

  private rank(candidates: readonly Candidate[], slots: readonly QuerySlot[]): RankedCandidate[] {
    const ownLevel = CATALOGUE_LEVEL[this.options.siteLevel?.() ?? 'commune'];
    return rankCandidates(candidates, slots, { names: this.snapshot().names, ownLevel, fieldSlots: this.named });
  }

  private snapshot(): Snapshot {
    const version = this.catalogueChanges.get()!;
    if (this.current?.version !== version) {
      const fieldForms = new Map(this.fields.all().map((f) => [f.name, fieldNameForms(f.name)]));
      this.current = { version, vocabulary: Vocabulary.load(this.db), names: new NameWordsCache(), fieldForms };
    }
    return this.current;
  }
}
