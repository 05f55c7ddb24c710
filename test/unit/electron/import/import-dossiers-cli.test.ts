// `kiosk import dossiers` (the command in-process, and once as the real `kiosk` binary) against
// a real SQLite file holding the demo data: byte-order marks and UTF-16 are read, the demo goes
// only when new data comes in, in the same transaction, and every bad record is named by its
// position.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../../../electron/cli/commands/import-command.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { loadDemoData } from '../../../../electron/demo/load-demo-data.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fakeIo } from '../cli/fake-io.ts';

const tempDir = useTempDir('kiosk-import-');
const DEMO_DOSSIERS = 26;

function demoKiosk() {
  const dir = tempDir();
  const dbFile = path.join(dir, 'kiosk.db');
  const db = openDatabase(dbFile);
  loadDemoData(db, path.resolve('assets'), new Date());
  db.close();
  return { dir, dbFile };
}

function cache(dbFile: string, code?: string) {
  const db = openDatabase(dbFile);
  try {
    const store = new DossierStore(db);
    return { count: store.count(), source: new SyncStateStore(db).read().source, procedureName: code ? store.findByCode(code)?.procedureName : undefined };
  } finally {
    db.close();
  }
}

const code = (n: number) => `000.00.12.H53-261115-${String(n).padStart(4, '0')}`;
const records = (count: number) => Array.from({ length: count }, (_, i) => dossierRecord({ code: code(i + 1) }));
async function importFile(dbFile: string, file: string) {
  const io = fakeIo();
  const status = await importCommand(['dossiers', file, '--db', dbFile], io);
  return { status, stdout: io.out(), stderr: io.err() };
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('kiosk import dossiers', () => {
  it.each([
    ['a JSON array with a UTF-8 byte-order mark', (json: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
    ['a JSON array in UTF-16 LE with its mark', (json: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['a JSON array in UTF-16 BE with its mark', (json: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(json)])],
    ['a JSON array in UTF-16 LE without a mark', (json: string) => Buffer.from(json, 'utf16le')],
  ])('reads %s, replacing the demo dossiers', async (_name, encode) => {
    const { dir, dbFile } = demoKiosk();
    expect(cache(dbFile).count).toBe(DEMO_DOSSIERS);
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, encode(JSON.stringify(records(3), null, 2)));
    const result = await importFile(dbFile, file);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Read 3 records: 3 imported, 0 already up to date, 0 rejected.');
    expect(result.stdout).toContain('The demo dossiers were replaced by the imported ones.');
    expect(result.status).toBe(0);
    expect(cache(dbFile, code(2))).toEqual({ count: 3, source: 'import', procedureName: 'Đăng ký khai sinh' });
  });

  it('the real kiosk binary imports a UTF-8 file with a byte-order mark over the demo data (26 → 2)', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(records(2))}`);
    const result = await runKioskCliAsync(['import', 'dossiers', file, '--db', dbFile]);
    expect(result.stdout).toContain('Read 2 records: 2 imported, 0 already up to date, 0 rejected.');
    expect(result.status).toBe(0);
    expect(cache(dbFile)).toMatchObject({ count: 2, source: 'import' });
  });

  it('reads JSON lines with a byte-order mark and CRLF line ends', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.jsonl');
    fs.writeFileSync(file, `\uFEFF${records(4).map((r) => JSON.stringify(r)).join('\r\n')}\r\n`);
    const result = await importFile(dbFile, file);
    expect(result.stdout).toContain('Read 4 records: 4 imported');
    expect(result.status).toBe(0);
    expect(cache(dbFile).count).toBe(4);
  });

  it('a file where no record can be taken leaves the demo dossiers in place, naming each problem', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, `\uFEFF[\n  {"code": "nonsense"},\n  {"code": ${JSON.stringify(code(1))}, "version": "one"},\n  {"broken": }\n]\n`);
    const result = await importFile(dbFile, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^item 1 \(line 2\) \(nonsense\): /m);
    expect(result.stderr).toMatch(/^item 2 \(line 3\) \(000\.00\.12\.H53-261115-0001\): version: /m);
    expect(result.stderr).toMatch(/^item 3 \(line 4\): not valid JSON/m);
    expect(result.stdout).toContain('Nothing was imported; the cache is as it was.');
    expect(cache(dbFile)).toMatchObject({ count: DEMO_DOSSIERS, source: 'demo' });
  });

  it('keeps the good records of a mixed file and reports the bad ones by line', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.jsonl');
    const good = records(3).map((r) => JSON.stringify(r));
    fs.writeFileSync(file, [good[0], '{"code": 12', '', good[1], JSON.stringify({ ...records(4)[3], status: 99 }), good[2]].join('\n'));
    const result = await importFile(dbFile, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^line 2: not valid JSON/m);
    expect(result.stderr).toMatch(/^line 5 \(000\.00\.12\.H53-261115-0004\): status/m);
    expect(result.stdout).toContain('Read 5 records: 3 imported, 0 already up to date, 2 rejected.');
    expect(cache(dbFile).count).toBe(3);
  });

  it('a file that turns out not to be text, after thousands of good records, changes nothing at all', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.jsonl');
    const lines = records(5000).map((r) => JSON.stringify(r)).join('\n');
    // A last record saved in a legacy Vietnamese code page (Windows-1258 bytes), after ~2 MB.
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`${lines}\n`), Buffer.from('{"applicantName": "Tr\xe2\xec n"}\n', 'latin1')]));
    const result = await importFile(dbFile, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the file is not valid UTF-8 text \(bad bytes within the first [\d,]+ bytes\); save it as UTF-8 and import again\. Nothing was changed\./);
    expect(cache(dbFile)).toMatchObject({ count: DEMO_DOSSIERS, source: 'demo' });
  });

  it('a cut-off array keeps the complete items before the cut and says where the file ends', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.json');
    const json = JSON.stringify(records(3));
    fs.writeFileSync(file, json.slice(0, json.lastIndexOf('{') + 20));
    const result = await importFile(dbFile, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('item 3 (line 1): the file ends inside this item (cut off?): skipped');
    expect(result.stderr).toContain('line 1: the file ends before the closing ] of the array');
    expect(cache(dbFile).count).toBe(2);
  });

  it('an empty file is a clear message and changes nothing', async () => {
    const { dir, dbFile } = demoKiosk();
    const file = path.join(dir, 'export.json');
    fs.writeFileSync(file, '\uFEFF  \n');
    const result = await importFile(dbFile, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('file: the file holds no records');
    expect(cache(dbFile).count).toBe(DEMO_DOSSIERS);
  });
});
