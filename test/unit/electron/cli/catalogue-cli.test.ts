import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../electron/cli/cli-io.ts';
import { catalogueCommand } from '../../../../electron/cli/commands/catalogue-command.ts';
import { searchCommand } from '../../../../electron/cli/commands/search-command.ts';
import { NATIONAL_PROCEDURE_COUNT, NATIONAL_PROCEDURES_FILE } from '../../../support/national-data.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fakeIo } from './fake-io.ts';
import { procedureRecord } from '../catalogue/procedure-fixture.ts';

const DEMO_CATALOGUE = path.join(import.meta.dirname, '..', '..', '..', '..', 'assets', 'demo', 'procedures.json');

describe('kiosk catalogue import', () => {
  const tempDir = useTempDir();

  it('imports the national file, reporting per line what it kept unparsed', () => {
    const db = path.join(tempDir(), 'kiosk.db');
    const io = fakeIo();
    expect(catalogueCommand(['import', NATIONAL_PROCEDURES_FILE, '--db', db, '--format', 'national'], io)).toBe(0);
    const summary = JSON.parse(io.out());
    expect(summary).toMatchObject({ imported: NATIONAL_PROCEDURE_COUNT, failed: 0 });
    expect(summary.withWarnings).toBeGreaterThan(0);
    const reported = io.err().trim().split('\n');
    expect(reported).toHaveLength(summary.withWarnings);
    expect(reported[0]).toMatch(/^line 1 \(1\.000005\) kept: channels: processing time and fee run together/);
  });

  it('imports the kiosk format as a JSON array (the demo catalogue)', () => {
    const io = fakeIo();
    expect(catalogueCommand(['import', DEMO_CATALOGUE, '--db', path.join(tempDir(), 'kiosk.db')], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ imported: 31, withWarnings: 0, failed: 0 });
    expect(io.err()).toBe('');
  });

  it('keeps the good records of a JSON-lines file and reports the bad ones by line and code', () => {
    const dir = tempDir();
    const file = path.join(dir, 'catalogue.jsonl');
    const lines = [
      JSON.stringify(procedureRecord({ code: '9.000001' })),
      JSON.stringify(procedureRecord({ code: '9.000002', fieldName: '' })),
      '',
      '{ not json',
      JSON.stringify(procedureRecord({ code: '9.000003', unparsed: { documents: 'Giấy tờ khác' } })),
    ];
    fs.writeFileSync(file, lines.join('\n'));
    const io = fakeIo();
    expect(catalogueCommand(['import', file, '--db', path.join(dir, 'kiosk.db'), '--format', 'kiosk'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ imported: 2, withWarnings: 1, failed: 2 });
    expect(io.err()).toMatch(/^line 2 \(9\.000002\) FAILED: .*fieldName/m);
    expect(io.err()).toMatch(/^line 4 FAILED: not valid JSON$/m);
    expect(io.err()).toMatch(/^line 5 \(9\.000003\) kept: kept as unparsed text: documents$/m);
  });

  it('exits 1 when nothing could be imported, 2 without the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, '[{"code": 1}]');
    expect(catalogueCommand(['import', file, '--db', path.join(dir, 'kiosk.db')], fakeIo())).toBe(1);
    const io = fakeIo();
    expect(catalogueCommand(['import', path.join(dir, 'missing.json'), '--db', path.join(dir, 'kiosk.db')], io)).toBe(2);
    expect(io.err()).toContain('No catalogue file');
  });

  it('explains its usage when called wrongly', () => {
    expect(() => catalogueCommand(['import', 'x.json'], fakeIo())).toThrow(UsageError);
    expect(() => catalogueCommand(['export', 'x.json', '--db', 'k.db'], fakeIo())).toThrow(UsageError);
    expect(() => catalogueCommand(['import', 'x.json', '--db', 'k.db', '--format', 'csv'], fakeIo())).toThrow(/kiosk or national/);
  });
});

describe('kiosk search', () => {
  const tempDir = useTempDir();
  const demoDb = () => {
    const db = path.join(tempDir(), 'kiosk.db');
    catalogueCommand(['import', DEMO_CATALOGUE, '--db', db], fakeIo());
    return db;
  };

  it('prints code, name and field of the top results as JSON', () => {
    const io = fakeIo();
    expect(searchCommand(['khai sinh', '--db', demoDb(), '--limit', '2', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual([
      { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch' },
      { code: '1.004884', name: 'Thủ tục đăng ký lại khai sinh', field: 'Hộ tịch' },
    ]);
  });

  it('prints one line per result, saying when it corrected the query', () => {
    const io = fakeIo();
    expect(searchCommand(['ket hn', '--db', demoDb(), '--limit', '1'], io)).toBe(0);
    expect(io.out()).toBe('(showing results for "ket hon")\n1.000894\tThủ tục đăng ký kết hôn\t[Hộ tịch]\n');
  });

  it('filters by field and exits 1 when nothing is found', () => {
    const db = demoDb();
    const io = fakeIo();
    expect(searchCommand(['khai sinh', '--db', db, '--field', 'Chứng thực', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toEqual([]);
  });

  it('exits 2 without a database and explains a wrong limit', () => {
    const io = fakeIo();
    expect(searchCommand(['khai sinh', '--db', path.join(tempDir(), 'none.db')], io)).toBe(2);
    expect(io.err()).toContain('No kiosk database');
    expect(() => searchCommand(['khai sinh', '--db', 'k.db', '--limit', '0'], fakeIo())).toThrow(UsageError);
    expect(() => searchCommand(['--db', 'k.db'], fakeIo())).toThrow(UsageError);
  });
});
