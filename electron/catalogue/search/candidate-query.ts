import type { Database, Statement } from 'better-sqlite3';

/** `scope`: the kiosk unit's fields as a JSON array, or null for every field. */
type Params = { match: string; limit: number; field: string | null; scope: string | null };

/** A row the full-text query found, with its folded name and FTS5's bm25 (lower is better). */
export interface Candidate {
  code: string;
  name: string;
  field: string;
  levels_json: string;
  folded: string;
  bm25: number;
}

// Name matches outweigh body matches tenfold in bm25 (columns: name, body).
const SELECT = `
  SELECT p.code, p.name, p.field, p.levels_json, p.name_folded AS folded,
         bm25(procedures_fts, 10.0, 1.0) AS bm25
  FROM procedures_fts f JOIN procedures p ON p.id = f.rowid
  WHERE procedures_fts MATCH @match AND (@field IS NULL OR p.field = @field)
    AND (@scope IS NULL OR p.field IN (SELECT value FROM json_each(@scope)))`;

/**
 * Runs an FTS5 expression. `byRelevance` returns the best rows by bm25, which costs about a
 * microsecond per matching row; `firstFound` returns the first rows the index yields,
 * costing only the rows returned, for when all of them are wanted anyway or too many match
 * for bm25 to be worth it.
 */
export class CandidateQuery {
  private readonly relevance: Statement<Params, Candidate>;
  private readonly unsorted: Statement<Params, Candidate>;
  private readonly ofField: Statement<Omit<Params, 'match'>, Candidate>;

  constructor(db: Database) {
    this.relevance = db.prepare(`${SELECT} ORDER BY bm25 LIMIT @limit`);
    this.unsorted = db.prepare(`${SELECT} LIMIT @limit`);
    this.ofField = db.prepare(`
      SELECT code, name, field, levels_json, name_folded AS folded, 0 AS bm25 FROM procedures
      WHERE field = @field AND (@scope IS NULL OR field IN (SELECT value FROM json_each(@scope))) LIMIT @limit`);
  }

  byRelevance(match: string, limit: number, field: string | null, scope: string | null = null): Candidate[] {
    return this.relevance.all({ match, limit, field, scope });
  }

  /** Procedures of one field, in no particular order: for a query that names the field and nothing else. */
  inField(field: string, limit: number, scope: string | null = null): Candidate[] {
    return this.ofField.all({ limit, field, scope });
  }

  firstFound(match: string, limit: number, field: string | null, scope: string | null = null): Candidate[] {
    return this.unsorted.all({ match, limit, field, scope });
  }
}
