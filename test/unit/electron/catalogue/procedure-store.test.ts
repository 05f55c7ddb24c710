import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProcedureSearch } from '../../../../electron/catalogue/procedure-search.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { procedureRecord } from './procedure-fixture.ts';

const NOW = new Date('2026-11-20T03:00:00Z');

describe('procedure store', () => {
  const tempDir = useTempDir();
  const openStore = () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    return { db, store: new ProcedureStore(db), search: new ProcedureSearch(db) };
  };

  it('creates the procedure tables and the folded full-text index', () => {
    const { db } = openStore();
    const names = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'procedure%'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['procedures', 'procedures_fts', 'procedures_fts_vocab', 'procedure_fields']));
    db.close();
  });

  it('writes records and reads one back whole by its code', () => {
    const { db, store } = openStore();
    expect(store.upsertMany([procedureRecord()], NOW)).toEqual({ written: 1 });
    expect(store.findByCode(' 9.000001 ')).toMatchObject({
      code: '9.000001',
      name: 'Đăng ký nuôi chim bồ câu đưa thư',
      documents: [{ name: 'Tờ khai nuôi chim', originals: 1, copies: 0, formTemplate: 'Mẫu 01', section: null }],
      unparsed: {},
    });
    expect(store.findByCode('9.999999')).toBeUndefined();
    expect(db.prepare('SELECT updated_at FROM procedures').pluck().get()).toBe(NOW.getTime() / 1000);
    db.close();
  });

  it('indexes folded text, đ included, and re-indexes a record when it changes', () => {
    const { db, store, search } = openStore();
    store.upsertMany([procedureRecord()], NOW);
    expect(db.prepare("SELECT rowid FROM procedures_fts WHERE procedures_fts MATCH 'dang'").all()).toHaveLength(1);
    expect(search.search('chim bo cau').results.map((r) => r.code)).toEqual(['9.000001']);
    store.upsertMany([procedureRecord({ name: 'Đăng ký nuôi ong mật' })], NOW);
    expect(search.search('chim bo cau').results).toEqual([]);
    expect(search.search('ong mat').results.map((r) => r.code)).toEqual(['9.000001']);
    expect(store.count()).toBe(1);
    db.close();
  });

  it('lists fields with their counts and the procedures of a field, by name, a page at a time', () => {
    const { db, store } = openStore();
    store.upsertMany(
      [
        procedureRecord({ code: '9.000001', name: 'B thủ tục', fieldName: 'Hộ tịch' }),
        procedureRecord({ code: '9.000002', name: 'A thủ tục', fieldName: 'Hộ tịch' }),
        procedureRecord({ code: '9.000003', name: 'C thủ tục', fieldName: 'Chứng thực' }),
      ],
      NOW,
    );
    expect(store.listFields()).toEqual([
      { name: 'Chứng thực', count: 1 },
      { name: 'Hộ tịch', count: 2 },
    ]);
    expect(store.listByField('Hộ tịch')).toEqual({
      total: 2,
      procedures: [
        { code: '9.000002', name: 'A thủ tục', fieldName: 'Hộ tịch', levels: ['Cấp xã'] },
        { code: '9.000001', name: 'B thủ tục', fieldName: 'Hộ tịch', levels: ['Cấp xã'] },
      ],
    });
    expect(store.listByField('Hộ tịch', { offset: 1, limit: 1 }).procedures.map((p) => p.code)).toEqual(['9.000001']);
    expect(store.listByField('Không có')).toEqual({ total: 0, procedures: [] });
    db.close();
  });

  it('replaces the whole catalogue, removing procedures no longer in it from the index too', () => {
    const { db, store, search } = openStore();
    store.upsertMany([procedureRecord({ code: '9.000001' }), procedureRecord({ code: '9.000002', name: 'Đăng ký nuôi ong' })], NOW);
    expect(store.replaceAll([procedureRecord({ code: '9.000002', name: 'Đăng ký nuôi ong' })], NOW)).toEqual({ written: 1, removed: 1 });
    expect(store.findByCode('9.000001')).toBeUndefined();
    expect(search.search('bo cau').results).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM procedures_fts').pluck().get()).toBe(1);
    db.close();
  });

  it('writes nothing when any record of a batch is invalid', () => {
    const { db, store } = openStore();
    expect(() => store.upsertMany([procedureRecord(), procedureRecord({ code: '9.000002', name: '' })], NOW)).toThrow();
    expect(store.count()).toBe(0);
    db.close();
  });
});
