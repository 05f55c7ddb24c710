import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ProcedureRecord } from '../../shared/contract/procedure.ts';
import type { ProcedureStore } from './procedure-store.ts';

const DemoProcedures = z.array(ProcedureRecord).min(1);

/** Where the catalogue's origin is kept (the sync state's store; named by shape, as sync/ depends on catalogue/). */
export interface CatalogueOrigin {
  saveProceduresSource(source: 'demo'): void;
}

/** Loads the bundled demo catalogue (assets/demo/procedures.json, kiosk format); throws if any record is invalid. */
export function loadDemoProcedures(
  stores: { procedures: ProcedureStore; syncState: CatalogueOrigin },
  assetsDir: string,
  now = new Date(),
): { procedures: number } {
  const file = path.join(assetsDir, 'demo', 'procedures.json');
  const procedures = DemoProcedures.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  stores.procedures.upsertMany(procedures, now);
  // The district's catalogue replaces this one whatever its size (catalogue-sync.ts).
  stores.syncState.saveProceduresSource('demo');
  return { procedures: procedures.length };
}
