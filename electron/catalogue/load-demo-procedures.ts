import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ProcedureRecord } from '../../shared/contract/procedure.ts';
import { ProcedureStore } from './procedure-store.ts';

const DemoProcedures = z.array(ProcedureRecord).min(1);

/** Loads the bundled demo catalogue (assets/demo/procedures.json, kiosk format); throws if any record is invalid. */
export function loadDemoProcedures(db: Database, assetsDir: string, now = new Date()): { procedures: number } {
  const file = path.join(assetsDir, 'demo', 'procedures.json');
  const procedures = DemoProcedures.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  new ProcedureStore(db).upsertMany(procedures, now);
  // The district's catalogue replaces this one whatever its size (catalogue-sync.ts).
  db.prepare("UPDATE sync_state SET procedures_source = 'demo' WHERE id = 1").run();
  return { procedures: procedures.length };
}
