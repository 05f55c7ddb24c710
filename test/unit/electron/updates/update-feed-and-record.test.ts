import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUpdateFeed } from '../../../../electron/updates/update-feed.ts';
import { emptyUpdateRecord, UpdateRecordFile } from '../../../../electron/updates/update-record.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const tempDir = useTempDir('kiosk-update-record-');

describe('resolveUpdateFeed', () => {
  it('uses updates/ under the district server by default, with the kiosk’s token and id', () => {
    expect(resolveUpdateFeed({ updateUrl: null, districtServerUrl: 'https://district.example/api', kioskId: 'k1' }, 'tok')).toEqual({
      url: 'https://district.example/api/updates/',
      headers: { Authorization: 'Bearer tok', 'X-Kiosk-Id': 'k1' },
    });
  });

  it('uses the updateUrl setting; the token goes only to the district server’s own origin', () => {
    expect(resolveUpdateFeed({ updateUrl: 'https://cdn.example/kiosk/', districtServerUrl: 'https://district.example/', kioskId: 'k1' }, 'tok')).toEqual({
      url: 'https://cdn.example/kiosk/',
      headers: {},
    });
  });

  it('refuses plain HTTP except on loopback, and is null with nothing configured', () => {
    expect(resolveUpdateFeed({ updateUrl: null, districtServerUrl: 'http://district.example/', kioskId: null }, null)).toBeNull();
    expect(resolveUpdateFeed({ updateUrl: null, districtServerUrl: 'http://127.0.0.1:8080/', kioskId: null }, null)?.url).toBe('http://127.0.0.1:8080/updates/');
    expect(resolveUpdateFeed({ updateUrl: null, districtServerUrl: null, kioskId: null }, 'tok')).toBeNull();
  });
});

describe('UpdateRecordFile', () => {
  it('round-trips, replacing the file whole', () => {
    const file = path.join(tempDir(), 'update-record.json');
    const store = new UpdateRecordFile(file);
    expect(store.read()).toEqual(emptyUpdateRecord());
    const record = { ...emptyUpdateRecord(), pending: { from: '1.0.0', to: '1.1.0', at: '2026-11-20T03:00:00.000Z' } };
    store.write(record);
    expect(new UpdateRecordFile(file).read()).toEqual(record);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['update-record.json']);
  });

  it('reads a damaged or foreign file as an empty record rather than failing the start', () => {
    const dir = tempDir();
    for (const text of ['{', '[]', '{"bad": "no"}', '\u0000\u0001']) {
      fs.writeFileSync(path.join(dir, 'r.json'), text);
      expect(new UpdateRecordFile(path.join(dir, 'r.json')).read()).toEqual(emptyUpdateRecord());
    }
  });
});
