import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchOf, DossierBatchBuilder } from '../../../../electron/dossiers/dossier-batch.ts';
import { fastDossierWrite } from '../../../../electron/dossiers/fast-dossier-check.ts';
import { WellFormedItemReader } from '../../../../electron/sync/feed-item-record-bytes.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { applicantNamesToMask, arbitraryDossierFields, arbitraryText } from '../../../support/dossier-record-arbitrary.ts';

// The items-only sync's hot path: a record read straight from its bytes must land in the batch
// exactly as its parsed write would (fastDossierWrite, then DossierBatchBuilder.add), and any
// record it is not sure of must be left, untouched, to that path.

function readAll(jsons: string[]): { accepted: boolean[]; builder: DossierBatchBuilder } {
  const body = Buffer.from(jsons.join(','));
  const builder = new DossierBatchBuilder();
  const reader = new WellFormedItemReader(body, builder);
  const accepted: boolean[] = [];
  let start = 0;
  for (const json of jsons) {
    const end = start + Buffer.byteLength(json);
    accepted.push(reader.read(start, end));
    start = end + 1;
  }
  return { accepted, builder };
}

const record = arbitraryDossierFields({ precision: 'milliseconds', applicantName: fc.oneof(arbitraryText(30), applicantNamesToMask) });
const secondsRecord = arbitraryDossierFields({ precision: 'seconds' });

describe('an items record read from its bytes', () => {
  it('is read when written plainly, into the row, texts and masked name its parsed write gives', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(record, secondsRecord), { minLength: 1, maxLength: 6 }), fc.boolean(), (records, pretty) => {
        const jsons = records.map((r) => (pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r)));
        const { accepted, builder } = readAll(jsons);
        jsons.forEach((json, i) => expect(accepted[i]).toBe(!json.includes('\\')));
        if (accepted.every(Boolean)) expect(builder.build()).toEqual(batchOf(records.map((r) => fastDossierWrite(r)!)));
      }),
      { numRuns: 1500 },
    );
  });

  it('shares one text index between records, whichever spelling of the record came first', () => {
    const a = { ...dossierRecord({ code: 'A-1' }), timeline: [{ at: '2026-11-15T01:00:00Z', department: 'Bộ phận Một cửa', action: 'Tiếp nhận hồ sơ' }] };
    const b = { ...a, code: 'a-2', agencyCode: a.agencyCode.toLowerCase(), resultCounter: 'Bộ phận Một cửa' };
    const { accepted, builder } = readAll([JSON.stringify(a), JSON.stringify(b)]);
    expect(accepted).toEqual([true, true]);
    const batch = builder.build();
    expect(batch).toEqual(batchOf([fastDossierWrite(a)!, fastDossierWrite(b)!]));
    expect(batch.codes).toEqual(['A-1', 'A-2']);
    expect(batch.texts.filter((t) => t === 'Bộ phận Một cửa')).toHaveLength(1);
  });

  const plain = { ...dossierRecord(), missingDocuments: ['Tờ khai'] };
  const json = JSON.stringify(plain);
  it.each([
    ['an escape in a string', json.replace('Sông Mây"', 'S\\u00f4ng Mây"')],
    ['a key the contract does not name', json.replace('{', '{"extra":1,')],
    ['a key twice', json.replace('{', '{"status":1,')],
    ['a key of the national supplement', json.replace('{', '{"supplementNote":null,')],
    ['a number with a fraction', json.replace('"version":1', '"version":1.0')],
    ['a number with a leading zero', json.replace('"version":1', '"version":01')],
    ['minus zero', json.replace('"version":1', '"version":-0')],
    ['a number of 16 digits', json.replace('"version":1', '"version":1234567890123456')],
    ['a status out of range', json.replace('"status":', '"status":1').replace(/"status":1(\d+)/, '"status":11')],
    ['a time of year 99', json.replace(/"receivedAt":"\d{4}/, '"receivedAt":"0099')],
    ['a time with an offset', json.replace(/"receivedAt":"([^"]+)Z"/, '"receivedAt":"$1+07:00"')],
    ['a time on 30 February', json.replace(/"receivedAt":"[^"]+"/, '"receivedAt":"2026-02-30T00:00:00Z"')],
    ['deleted as null', json.replace('{', '{"deleted":null,')],
    ['a code that is not ASCII', json.replace(/"code":"[^"]+"/, '"code":"Đ-1"')],
    ['an empty procedure name', json.replace(/"procedureName":"[^"]+"/, '"procedureName":""')],
    ['a timeline entry with another key', json.replace(/"timeline":\[[^\]]*\]/, '"timeline":[{"at":"2026-11-15T01:00:00Z","department":"d","action":"a","by":"x"}]')],
    ['a timeline entry without its action', json.replace(/"timeline":\[[^\]]*\]/, '"timeline":[{"at":"2026-11-15T01:00:00Z","department":"d"}]')],
    ['missing documents as null', json.replace(/"missingDocuments":\[[^\]]*\]/, '"missingDocuments":null')],
    ['51 missing documents', json.replace(/"missingDocuments":\[[^\]]*\]/, `"missingDocuments":${JSON.stringify(Array.from({ length: 51 }, () => 'x'))}`)],
    ['a control character in a string', json.replace('Sông Mây"', 'Sông\u0001Mây"')],
    ['a literal misspelt', json.replace('{', '{"feeVnd":nul,')],
    ['a list, not an object', `[${json}]`],
    ['a required key left out', json.replace(/"agencyCode":"[^"]+",/, '')],
  ])('is left to the parser, with nothing added, for %s', (_what, bad) => {
    expect(bad).not.toBe(json);
    const { accepted, builder } = readAll([bad]);
    expect(accepted).toEqual([false]);
    expect(builder.build()).toEqual(new DossierBatchBuilder().build());
  });

  it('reads a record with a name longer in bytes than its bound but within it in characters', () => {
    const long = { ...plain, applicantName: 'Ư'.repeat(150), procedureName: 'Đăng ký '.repeat(60).slice(0, 480) };
    expect(Buffer.byteLength(long.applicantName)).toBeGreaterThan(200);
    const { accepted, builder } = readAll([JSON.stringify(long)]);
    expect(accepted).toEqual([true]);
    expect(builder.build()).toEqual(batchOf([fastDossierWrite(long)!]));
  });
});
