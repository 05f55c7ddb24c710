import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoProcedures } from '../../../../electron/catalogue/load-demo-procedures.ts';
import { ProcedureSearch } from '../../../../electron/catalogue/procedure-search.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { ProcedureRecord } from '../../../../shared/contract/procedure.ts';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { readNationalLines } from '../../../support/national-data.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const ASSETS = path.join(import.meta.dirname, '..', '..', '..', '..', 'assets');
const readAsset = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(ASSETS, 'demo', name), 'utf8'));
const demo = (readAsset('procedures.json') as unknown[]).map((p) => ProcedureRecord.parse(p));
const national = new Map(
  readNationalLines().map((raw) => {
    const line = raw.normalize('NFC');
    const json = JSON.parse(line) as { ma_thu_tuc: string; ten_thu_tuc: string; linh_vuc: string };
    return [json.ma_thu_tuc, { line, name: json.ten_thu_tuc.normalize('NFC'), field: json.linh_vuc.normalize('NFC') }];
  }),
);

describe('demo procedure catalogue', () => {
  const tempDir = useTempDir();

  it('loads into the kiosk and is searchable', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const syncState = new SyncStateStore(db);
    expect(loadDemoProcedures({ procedures: new ProcedureStore(db), syncState }, ASSETS)).toEqual({ procedures: demo.length });
    expect(syncState.read().proceduresSource).toBe('demo');
    expect(new ProcedureStore(db).listFields().find((f) => f.name === 'Hộ tịch')?.count).toBe(11);
    expect(new ProcedureSearch(db).search('khai sinh').results[0]?.code).toBe('1.001193');
    db.close();
  });

  it('holds about thirty procedures of a one-stop desk, each with its checklist, steps and channels', () => {
    expect(demo.length).toBeGreaterThanOrEqual(25);
    expect(new Set(demo.map((p) => p.code)).size).toBe(demo.length);
    for (const p of demo) {
      expect(p.documents.length, p.code).toBeGreaterThan(0);
      expect(p.steps.length, p.code).toBeGreaterThan(0);
      expect(p.channels.length, p.code).toBeGreaterThan(0);
      expect(p.unparsed, p.code).toEqual({});
    }
  });

  it('covers every procedure of the demo dossiers, by the same name and field', () => {
    const dossiers = (readAsset('dossiers.json') as { dossiers: unknown[] }).dossiers.map((d) => DossierRecord.parse(d));
    for (const d of dossiers) {
      const procedure = demo.find((p) => p.code === d.procedureCode);
      expect(procedure, d.code).toBeDefined();
      expect(procedure).toMatchObject({ name: d.procedureName, fieldName: d.fieldName });
    }
  });

  it('uses the real national codes and names, and its own words for everything else', () => {
    for (const p of demo) {
      const real = national.get(p.code);
      expect(real, p.code).toBeDefined();
      expect(p.name).toBe(real!.name.replace(/:$/, ''));
      expect(p.fieldName).toBe(real!.field);
      // Short form titles ("Tờ khai đăng ký khai tử") are names too; sentences must be our own.
      const sentences = [...p.documents.map((d) => d.name), ...p.steps, p.conditions ?? ''].filter((t) => t.length > 60);
      expect(sentences.filter((text) => real!.line.includes(text)), p.code).toEqual([]);
    }
  });
});
