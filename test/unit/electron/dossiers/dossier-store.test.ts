import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { DossierStore } from '../../../../electron/dossiers/dossier-store.ts';
import { maskApplicantName } from '../../../../electron/dossiers/mask-applicant-name.ts';
import { toDossierView } from '../../../../electron/dossiers/dossier-view.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const NOW = new Date('2026-11-18T03:00:00Z');

describe('dossier store', () => {
  const tempDir = useTempDir();
  const openStore = () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    return { db, store: new DossierStore(db) };
  };

  it('stores the applicant name masked, never in full', () => {
    const { db, store } = openStore();
    store.upsertMany([dossierRecord()], NOW);
    const raw = JSON.stringify(db.prepare('SELECT * FROM dossiers').all());
    expect(raw).not.toContain('Bích');
    expect(raw).not.toContain('Ngọc');
    expect(store.findByCode(dossierRecord().code)?.applicantMasked).toBe('Trần T. B. N***');
    db.close();
  });

  it('applies a newer version, ignores a re-delivered or older one', () => {
    const { db, store } = openStore();
    expect(store.upsertMany([dossierRecord({ version: 2, status: 4 })], NOW)).toMatchObject({ applied: 1 });
    expect(store.upsertMany([dossierRecord({ version: 2, status: 9 })], NOW)).toMatchObject({ applied: 0, ignored: 1 });
    expect(store.upsertMany([dossierRecord({ version: 1, status: 10 })], NOW)).toMatchObject({ ignored: 1 });
    expect(store.findByCode(dossierRecord().code)?.status).toBe(4);
    expect(store.upsertMany([dossierRecord({ version: 3, status: 9 })], NOW)).toMatchObject({ applied: 1 });
    expect(store.findByCode(dossierRecord().code)?.status).toBe(9);
    db.close();
  });

  it('deletes on a tombstone newer than the cached version', () => {
    const { db, store } = openStore();
    store.upsertMany([dossierRecord({ version: 2 })], NOW);
    store.upsertMany([dossierRecord({ version: 1, deleted: true })], NOW);
    expect(store.count()).toBe(1);
    store.upsertMany([dossierRecord({ version: 3, deleted: true })], NOW);
    expect(store.count()).toBe(0);
    db.close();
  });

  it('writes nothing when any record of a batch is invalid', () => {
    const { db, store } = openStore();
    const bad = dossierRecord({ code: 'x', status: 11 as never });
    expect(() => store.upsertMany([dossierRecord(), bad], NOW)).toThrow();
    expect(store.count()).toBe(0);
    db.close();
  });

  it('looks codes up case-insensitively and builds the view with timing and next step', () => {
    const { db, store } = openStore();
    store.upsertMany(
      [dossierRecord({ status: 5, missingDocuments: ['Bản sao giấy chứng sinh'], dueAt: '2026-11-17T10:00:00Z' })],
      NOW,
    );
    const row = store.findByCode(dossierRecord().code.toLowerCase());
    expect(row).toBeDefined();
    const view = toDossierView(row!, NOW);
    expect(view).toMatchObject({
      agencyName: 'UBND phường Sông Mây',
      procedureName: 'Đăng ký khai sinh',
      fieldName: 'Hộ tịch',
      status: 5,
      timing: 'overdue',
      nextStep: { kind: 'supplement', documents: ['Bản sao giấy chứng sinh'] },
      timeline: [{ at: '2026-11-15T02:00:00.000Z', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' }],
    });
    db.close();
  });
});

describe('maskApplicantName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V. A***'],
    ['Lê Thị Thu Hà', 'Lê T. T. H***'],
    ['  Đặng   Quốc  ', 'Đặng Q***'],
    ['Hùng', 'H***'],
    ['', null],
    [null, null],
  ])('%j → %j', (name, masked) => {
    expect(maskApplicantName(name)).toBe(masked);
  });

  it('keeps a decomposed (NFD) letter whole', () => {
    expect(maskApplicantName('Nguyễn Văn Ánh'.normalize('NFD'))).toBe('Nguyễn V. Á***');
  });
});
