import type { Database, Statement } from 'better-sqlite3';

export interface Agency {
  id: number;
  code: string;
  name: string | null;
  served: boolean;
}

/** Agencies by code; the kiosk's own ("served") agencies decide "another agency" answers. */
export class AgencyRegistry {
  private readonly byCode = new Map<string, Agency>();
  private readonly select: Statement<[string], { id: number; code: string; name: string | null; served: number }>;
  private readonly insert: Statement<[string, string | null]>;
  private readonly rename: Statement<[string | null, number]>;

  constructor(private readonly db: Database) {
    this.select = db.prepare('SELECT id, code, name, served FROM agencies WHERE code = ?');
    this.insert = db.prepare('INSERT INTO agencies (code, name) VALUES (?, ?)');
    this.rename = db.prepare('UPDATE agencies SET name = ? WHERE id = ?');
  }

  /** The agency's id, registering it (and its newest name) when needed. */
  idFor(code: string, name?: string | null): number {
    const agency = this.find(code);
    if (!agency) {
      const id = Number(this.insert.run(code, name ?? null).lastInsertRowid);
      this.byCode.set(code, { id, code, name: name ?? null, served: false });
      return id;
    }
    if (name && name !== agency.name) {
      this.rename.run(name, agency.id);
      agency.name = name;
    }
    return agency.id;
  }

  find(code: string): Agency | undefined {
    const cached = this.byCode.get(code);
    if (cached) return cached;
    const row = this.select.get(code);
    if (!row) return undefined;
    const agency = { id: row.id, code: row.code, name: row.name, served: row.served === 1 };
    this.byCode.set(code, agency);
    return agency;
  }

  setServed(codes: readonly { code: string; name: string }[]): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE agencies SET served = 0').run();
      for (const { code, name } of codes) {
        this.idFor(code, name);
        this.db.prepare('UPDATE agencies SET served = 1 WHERE code = ?').run(code);
      }
    })();
    this.reset();
  }

  /** Codes of the agencies marked as the kiosk's own (by the demo data or the district). */
  servedCodes(): string[] {
    return this.db.prepare('SELECT code FROM agencies WHERE served = 1').pluck().all() as string[];
  }

  reset(): void {
    this.byCode.clear();
  }
}
