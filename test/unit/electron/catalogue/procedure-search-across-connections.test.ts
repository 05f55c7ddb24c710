// Procedure search keeps a vocabulary built from the catalogue. During a sync another
// connection (the sync writer) commits dossier pages a few times a second: those commits must
// not make every search rebuild it, while a catalogue written by any connection must be found.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProcedureSearch } from '../../../../electron/catalogue/procedure-search.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { Vocabulary } from '../../../../electron/catalogue/search/vocabulary.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { procedureRecord } from './procedure-fixture.ts';

describe('procedure search beside another connection', () => {
  const tempDir = useTempDir();
  const closes: (() => void)[] = [];
  afterEach(() => {
    for (const close of closes.splice(0)) close();
    vi.restoreAllMocks();
  });

  function kioskAndWriter() {
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    const writer = openDatabase(file);
    closes.push(() => db.close(), () => writer.close());
    new ProcedureStore(db).upsertMany([procedureRecord()], new Date());
    return { db, writer, search: new ProcedureSearch(db) };
  }

  const codes = (search: ProcedureSearch, query: string) => search.search(query).results.map((r) => r.code);

  it('does not rebuild its vocabulary for commits that touch no procedure', () => {
    const { writer, search } = kioskAndWriter();
    expect(codes(search, 'chim bồ câu')).toEqual(['9.000001']);
    const loads = vi.spyOn(Vocabulary, 'load');
    const addText = writer.prepare('INSERT INTO texts (text) VALUES (?)');
    for (let page = 0; page < 5; page += 1) {
      addText.run(`a page's text ${page}`);
      expect(codes(search, 'chim bồ câu')).toEqual(['9.000001']);
    }
    expect(loads).not.toHaveBeenCalled();
  });

  it('finds a procedure another connection wrote, and forgets one it removed', () => {
    const { writer, search } = kioskAndWriter();
    expect(codes(search, 'lấy mật')).toEqual([]);
    const elsewhere = new ProcedureStore(writer);
    elsewhere.upsertMany([procedureRecord({ code: '9.000002', name: 'Đăng ký nuôi ong lấy mật' })], new Date());
    expect(codes(search, 'lấy mật')).toEqual(['9.000002']);
    // The misspelling is corrected from the vocabulary, so it sees the new word too.
    expect(codes(search, 'lấy mậtt')).toContain('9.000002');
    elsewhere.replaceAll([procedureRecord()], new Date());
    expect(codes(search, 'lấy mật')).toEqual([]);
  });

  it('sees its own connection\'s catalogue writes at once', () => {
    const { db, search } = kioskAndWriter();
    expect(codes(search, 'giống lúa')).toEqual([]);
    new ProcedureStore(db).upsertMany([procedureRecord({ code: '9.000003', name: 'Công nhận giống lúa' })], new Date());
    expect(codes(search, 'giống lúa')).toEqual(['9.000003']);
  });
});
