// `kiosk catalogue import` reads files as spreadsheet and Windows tools save them: a UTF-8
// byte-order mark, UTF-16 with its mark; text in another encoding is refused whole.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueCommand } from '../../../../electron/cli/commands/catalogue-command.ts';
import { ProcedureStore } from '../../../../electron/catalogue/procedure-store.ts';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { procedureRecord } from './procedure-fixture.ts';

const tempDir = useTempDir('kiosk-catalogue-encodings-');
const json = JSON.stringify([procedureRecord({ code: '9.000001' }), procedureRecord({ code: '9.000002' })]);

describe('kiosk catalogue import, encodings', () => {
  it.each([
    ['JSON array, UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])],
    ['JSON array, UTF-16 LE with its mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['JSON lines, UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${JSON.parse(json).map((r: unknown) => JSON.stringify(r)).join('\n')}`)],
  ])('%s', (_name, bytes) => {
    const dir = tempDir();
    const file = path.join(dir, 'catalogue.json');
    fs.writeFileSync(file, bytes);
    const io = fakeIo();
    expect(catalogueCommand(['import', file, '--db', path.join(dir, 'kiosk.db')], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(JSON.parse(io.out())).toEqual({ imported: 2, withWarnings: 0, failed: 0 });
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    expect(new ProcedureStore(db).count()).toBe(2);
    db.close();
  });

  it('refuses a file that is not UTF-8 or UTF-16 text, changing nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'catalogue.json');
    fs.writeFileSync(file, Buffer.from('[{"code": "9.000001", "name": "Th\xf4ng b\xe1o"}]', 'latin1'));
    const io = fakeIo();
    expect(catalogueCommand(['import', file, '--db', path.join(dir, 'kiosk.db')], io)).toBe(1);
    expect(io.err()).toBe(`${file}: the file is not valid UTF-8 text; save it as UTF-8 and import again. Nothing was changed.\n`);
  });
});
