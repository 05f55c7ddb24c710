import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/db/open-database.ts';
import { loadDemoData } from '../../electron/demo/load-demo-data.ts';
import { clip } from '../../electron/sync/national/national-fields.ts';
import { readNationalLines } from '../support/national-data.ts';
import { startKioskServer } from './kiosk-server.ts';
import type { KioskServer } from './kiosk-server.ts';

const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'demo');

/** A dossier carries at most this much of its procedure's name (shared/contract/dossier.ts). */
const DOSSIER_NAME_MAX = 500;

/**
 * The longest procedure name of the national catalogue (../shared/data, over a thousand
 * characters) as a dossier carries it: cut as the national adapter cuts TenTTHC.
 */
export function longestNationalProcedureName(): string {
  const longest = readNationalLines()
    .map((line) => (JSON.parse(line) as { ten_thu_tuc: string }).ten_thu_tuc)
    .reduce((found, name) => (name.length > found.length ? name : found), '');
  return clip(longest, DOSSIER_NAME_MAX);
}

/**
 * A kiosk of its own whose demo dossiers (every status, loaded as the host loads the bundled demo)
 * all carry `procedureName`, in a cache file made for it; `stop()` removes it.
 */
export async function startLongNameKiosk(procedureName: string): Promise<KioskServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-long-name-'));
  const assets = path.join(dir, 'assets');
  mkdirSync(path.join(assets, 'demo'), { recursive: true });
  copyFileSync(path.join(DEMO_DIR, 'site.json'), path.join(assets, 'demo', 'site.json'));
  const demo = JSON.parse(readFileSync(path.join(DEMO_DIR, 'dossiers.json'), 'utf8')) as { dossiers: { procedureName: string }[] };
  for (const dossier of demo.dossiers) dossier.procedureName = procedureName;
  writeFileSync(path.join(assets, 'demo', 'dossiers.json'), JSON.stringify(demo));
  const dbPath = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbPath);
  loadDemoData(db, assets, new Date());
  db.close();
  const kiosk = await startKioskServer({ dbPath });
  return {
    ...kiosk,
    stop: async () => {
      await kiosk.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
