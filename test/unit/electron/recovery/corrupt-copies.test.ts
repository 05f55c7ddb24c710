// Damaged copies of the database (kiosk.db.corrupt-<time>, with -wal and -shm) hold personal
// data: at each start only the three newest are kept, on real files on disk.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { openDatabaseWithRecovery, pruneCorruptCopies } from '../../../../electron/db/database-recovery.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-corrupt-copies-');
beforeAll(() => vi.stubEnv('KIOSK_LOG', 'silent'));

const stamp = (day: number) => `2026-11-${String(day).padStart(2, '0')}T03-00-00-000Z`;

function kioskDirWithCopies(days: number[]): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'kiosk.db');
  openDatabase(file).close();
  for (const day of days) {
    fs.writeFileSync(path.join(dir, `kiosk.db.corrupt-${stamp(day)}`), 'damaged');
    fs.writeFileSync(path.join(dir, `kiosk.db.corrupt-${stamp(day)}-wal`), 'damaged wal');
  }
  // Not copies of this database: left alone.
  for (const other of ['other.db.corrupt-2026-11-01T03-00-00-000Z', 'kiosk.db.corrupt-notes.txt', 'update-record.json']) fs.writeFileSync(path.join(dir, other), 'x');
  return { dir, file };
}

const copiesIn = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('kiosk.db.corrupt-2')).sort();

describe('damaged database copies', () => {
  it('keeps the three newest (with their -wal) and deletes the rest', () => {
    const { dir, file } = kioskDirWithCopies([3, 9, 1, 12, 5]);
    const deleted = pruneCorruptCopies(file);
    expect(deleted.sort()).toEqual([`kiosk.db.corrupt-${stamp(1)}`, `kiosk.db.corrupt-${stamp(1)}-wal`, `kiosk.db.corrupt-${stamp(3)}`, `kiosk.db.corrupt-${stamp(3)}-wal`]);
    expect(copiesIn(dir)).toEqual([5, 9, 12].flatMap((day) => [`kiosk.db.corrupt-${stamp(day)}`, `kiosk.db.corrupt-${stamp(day)}-wal`]));
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(['kiosk.db', 'other.db.corrupt-2026-11-01T03-00-00-000Z', 'kiosk.db.corrupt-notes.txt', 'update-record.json']));
  });

  it('are pruned at every start, healthy or not', () => {
    const { dir, file } = kioskDirWithCopies([1, 2, 3, 4]);
    openDatabaseWithRecovery(file).db.close();
    expect(copiesIn(dir).filter((name) => !name.endsWith('-wal'))).toEqual([2, 3, 4].map((day) => `kiosk.db.corrupt-${stamp(day)}`));
  });

  it('a rebuild adds its own copy and the oldest goes', () => {
    const { dir, file } = kioskDirWithCopies([1, 2, 3]);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x42), 0, 100, 0);
    fs.closeSync(fd);
    const { db, rebuilt } = openDatabaseWithRecovery(file, { now: () => new Date('2026-11-20T03:00:00.000Z') });
    db.close();
    expect(path.basename(rebuilt!.movedTo)).toBe(`kiosk.db.corrupt-${stamp(20)}`);
    expect(copiesIn(dir).filter((name) => !/-(wal|shm)$/.test(name))).toEqual([2, 3, 20].map((day) => `kiosk.db.corrupt-${stamp(day)}`));
  });
});
