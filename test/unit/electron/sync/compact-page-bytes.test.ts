import fc from 'fast-check';
import type { AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { decodeCompactPage, decodeCompactRowBytes } from '../../../../electron/sync/compact-feed-page.ts';
import { readCompactPageBytes } from '../../../../electron/sync/district-server/compact-page-bytes.ts';
import { DistrictHttp } from '../../../../electron/sync/district-server/district-http.ts';
import { readChangesPage } from '../../../../electron/sync/district-server/feed-replies.ts';
import { ByteWriter } from '../../../district-sim/byte-writer.ts';
import { CompactPageWriter } from '../../../district-sim/compact-json.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { applicantNamesToMask, arbitraryDossierFields, arbitraryText as text } from '../../../support/dossier-record-arbitrary.ts';

// A compact page read from its bytes (compact-page-bytes.ts, compact-row-bytes.ts, json-bytes.ts)
// must give what the page read as text gives (readChangesPage, then decodeCompactPage), or leave
// the page to that path (null). Pages here are damaged in their rows, their envelope and their
// bytes, and written with every JSON spelling a server might use.

const LIMIT = 50;
const http = new DistrictHttp({ baseUrl: 'http://127.0.0.1:9', token: 't', kioskId: 'k' }, {});

function throughText(body: Buffer) {
  try {
    const page = readChangesPage(http, { data: body.toString('utf8') } as AxiosResponse<string>, LIMIT);
    return { page };
  } catch (error) {
    return { error };
  }
}

/** What the sync would take from the page either way: the batch, the quarantine, the envelope. */
function expectSameAsText(body: Buffer): 'bytes' | 'text' {
  const fast = readCompactPageBytes(body, LIMIT);
  if (fast === null) return 'text';
  const slow = throughText(body);
  expect(slow.error).toBeUndefined();
  const page = slow.page!;
  expect({ nextCursor: fast.nextCursor, hasMore: fast.hasMore, serverTime: fast.serverTime }).toEqual({ nextCursor: page.nextCursor, hasMore: page.hasMore, serverTime: page.serverTime });
  expect(page.rows).toBeDefined();
  expect(decodeCompactRowBytes(fast.texts, fast.compactRows)).toEqual(decodeCompactPage(page.texts, page.rows!));
  return 'bytes';
}

const record = arbitraryDossierFields({ precision: 'seconds', applicantName: fc.oneof(text(30), applicantNamesToMask) }).map((r) => DossierRecord.parse(r));

/** Texts every page also carries, at the edges of the columns' limits (and one that is no text). */
const EDGE_TEXTS: unknown[] = ['', 'x', 'A'.repeat(32), 'A'.repeat(33), 'A'.repeat(200), 'A'.repeat(201), 'A'.repeat(300), 'A'.repeat(301), 'A'.repeat(500), 'A'.repeat(501), 42, 'ub.nd lower', 'Đ'.repeat(201)];
/** Where the edge texts start in a page's texts: set when the page is built. */
let edge = 0;
const edgeIndex = fc.integer({ min: -1, max: EDGE_TEXTS.length }).map((k) => () => (k === EDGE_TEXTS.length ? 1e6 : edge + k));
const MIN = -62_167_219_200;
const MAX = 253_402_300_799;

/** Values at the edges of what each column accepts, and values of the wrong kind. */
const COLUMN_VALUES: Record<number, fc.Arbitrary<unknown>> = {
  0: fc.constantFrom('', 'a'.repeat(64), 'a'.repeat(65), 'Đ'.repeat(64), 'Đ'.repeat(65), 'lower-case.code', 5, null),
  1: fc.constantFrom(-1, 0, 2 ** 53 - 1, 2 ** 53, 1.5, 1e3, '3', null, 123_456_789_012_345, 1_234_567_890_123_456),
  2: fc.constantFrom(true, false, 0, 1, null, 'true'),
  8: fc.constantFrom(null, '', 'A'.repeat(200), 'A'.repeat(201), 'Đ'.repeat(200), 'Đ'.repeat(201), 'Lê Hoàng'.normalize('NFD'), 'Ngô\u2003Bảo', 7, 'x"y'),
  9: fc.constantFrom(0, 1, 10, 11, 5.5, -0, '4', null),
  10: fc.constantFrom(MIN - 1, MIN, MAX, MAX + 1, 0, -0, 1.5, null, '2024-01-01'),
  11: fc.constantFrom(MIN - 1, MIN, MAX, MAX + 1, null, 1.5),
  14: fc.constantFrom(-1, 0, null, 1.5, 2 ** 53, '0', 10_000_000),
  16: fc.oneof(fc.constantFrom([], null, 'none', [null], [1.5], [-1]), fc.integer({ min: 49, max: 51 }).map((n) => Array.from({ length: n }, () => 0)), fc.array(edgeIndex, { maxLength: 3 })),
  17: fc.oneof(
    fc.constantFrom([], null, {}, [[1, 0]], [[1, 0, 0, 4]], [[1.5, 0, 0]], [[MAX + 1, 0, 0]], [[MIN, 0, 0]], [null]),
    fc.integer({ min: 199, max: 201 }).map((n) => Array.from({ length: n }, () => [1_700_000_000, 0, 0])),
    fc.array(fc.tuple(fc.constantFrom(0, MIN, MAX, -0), edgeIndex, edgeIndex), { maxLength: 3 }),
  ),
};
const TEXT_COLUMNS = [3, 4, 5, 6, 7, 15];
const TIME_COLUMNS = [11, 12, 13];

const oddValue = fc.oneof(fc.constantFrom(null, true, '', 'x', -1, 0, 1.5, 1e21, [], {}, { a: 1 }), fc.integer(), fc.double(), text(5));
const columnValue = fc.integer({ min: 0, max: 17 }).chain((column) => {
  const at = TIME_COLUMNS.includes(column) ? 11 : column;
  const values = TEXT_COLUMNS.includes(column) ? fc.oneof(edgeIndex, fc.constant(() => null)) : COLUMN_VALUES[at] ?? oddValue;
  return values.map((value) => [column, value] as const);
});
/** A value read late, when the page's edge texts are known. */
const resolve = (value: unknown): unknown => (typeof value === 'function' ? (value as () => unknown)() : Array.isArray(value) ? value.map(resolve) : value);
const damage = fc.oneof(
  { weight: 4, arbitrary: fc.constant((row: unknown[]) => row) },
  { weight: 6, arbitrary: fc.array(columnValue, { minLength: 1, maxLength: 2 }).map((changes) => (row: unknown[]) => Object.assign([...row], Object.fromEntries(changes.map(([c, v]) => [c, resolve(v)])))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 19 }).map((length) => (row: unknown[]) => row.slice(0, length).concat(length > 18 ? [null] : [])) },
  { weight: 1, arbitrary: oddValue.map((value) => () => value) },
);

/** The same JSON in another spelling: white space, escapes, other number forms, all of which JSON.parse reads the same. */
const respell = fc.constantFrom(
  (json: string) => json,
  (json: string) => json.replace(/,/g, ' ,\n\t').replace(/\[/g, '[ ').replace(/:/g, ' : '),
  (json: string) => json.replace(/(\[|,)(\d{2,})(?=[,\]])/, '$1$2.0'),
  (json: string) => json.replace(/(\[|,)(\d+)(?=[,\]])/, '$1$2e0'),
  (json: string) => json.replace(/"([0-9A-Z])/, '"\\u00$1'.replace('$1', '3$1'.slice(0, 2)) + ''),
  (json: string) => json.replace(/"(\d)/, '"\\u003$1'),
  (json: string) => json.replace(/"([^"\\]*)"/, (_, s: string) => `"${s.replace(/./u, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`),
);

/** The envelope's keys in any order, with extra or repeated keys, or wrong. */
const order = fc.shuffledSubarray(['rows', 'texts', 'nextCursor', 'hasMore', 'serverTime', 'extra'], { minLength: 6, maxLength: 6 });
const envelope = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      order,
      nextCursor: fc.constant('c1'),
      hasMore: fc.boolean(),
      serverTime: fc.constantFrom(undefined, '2026-12-07T00:00:00Z'),
      extra: fc.constantFrom(undefined, { nested: [1, { deep: 'x' }] }),
      textsAs: fc.constant('list'),
      duplicateRows: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      order,
      nextCursor: fc.constantFrom('c1', '', 'x'.repeat(2048), 'x'.repeat(2049), 5, null),
      hasMore: fc.constantFrom(true, 'true', 1, null),
      serverTime: fc.constantFrom(undefined, '2026-12-07T00:00:00Z', 7, null),
      extra: fc.constantFrom(undefined, 'items'),
      textsAs: fc.constantFrom('list', 'string', 'missing', 'too many'),
      duplicateRows: fc.boolean(),
    }),
  },
);

function buildEnvelope(records: DossierRecord[], damages: ((row: unknown[]) => unknown)[], env: { order: string[]; nextCursor: unknown; hasMore: unknown; serverTime: unknown; extra: unknown; textsAs: string; duplicateRows: boolean }): string {
  const writer = new CompactPageWriter(new ByteWriter());
  const plain = records.map((r) => writer.recordRow(r));
  const texts: unknown[] = [...writer.textList()];
  edge = texts.length;
  texts.push(...EDGE_TEXTS);
  const rows = plain.map((row, i) => damages[i % damages.length]!(row));
  const values: Record<string, unknown> = {
    rows,
    texts: env.textsAs === 'list' ? texts : env.textsAs === 'string' ? 'oops' : env.textsAs === 'too many' ? Array.from({ length: 5000 }, (_, i) => `t${i}`) : undefined,
    nextCursor: env.nextCursor,
    hasMore: env.hasMore,
    serverTime: env.serverTime,
    extra: env.extra,
  };
  const parts = env.order.filter((key) => values[key] !== undefined).map((key) => `${JSON.stringify(key === 'extra' && env.extra === 'items' ? 'items' : key)}:${JSON.stringify(key === 'extra' && env.extra === 'items' ? [] : values[key])}`);
  if (env.duplicateRows) parts.unshift(`"rows":${JSON.stringify(rows.slice(0, 1))}`);
  return `{${parts.join(',')}}`;
}

describe('compact pages read from their bytes', () => {
  it('give the batch, the quarantine and the envelope that the page read as text gives', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 0, maxLength: 5 }), fc.array(damage, { minLength: 1, maxLength: 5 }), envelope, respell, (records, damages, env, spell) => {
        expectSameAsText(Buffer.from(spell(buildEnvelope(records, damages, env))));
      }),
      { numRuns: 2000 },
    );
  });

  it('leave broken JSON to the text path, which names it', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom('', '"', ']', '}', ',', '[', '{', '\u0001', 'tru', '-', '01', '1.', '\\x', ' \u00a0', '\ufeff'), (records, at, junk) => {
        const json = buildEnvelope(records, [(row) => row], { order: ['rows', 'texts', 'nextCursor', 'hasMore', 'serverTime', 'extra'], nextCursor: 'c', hasMore: true, serverTime: undefined, extra: undefined, textsAs: 'list', duplicateRows: false });
        const cut = at % (json.length + 1);
        const body = Buffer.from(json.slice(0, cut) + junk + json.slice(cut));
        if (expectSameAsText(body) === 'text') {
          const slow = throughText(body);
          if (slow.error) expect(String(slow.error)).toMatch(/broken change feed|wrong shape|neither items nor rows|refused/);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('read a well-formed page from its bytes, not as text', () => {
    const records = [0, 1, 2].map((i) => DossierRecord.parse(dossierRecord({ code: `000.00.12.H53-230915-000${i}` })));
    const json = buildEnvelope(records, [(row) => row], { order: ['rows', 'texts', 'nextCursor', 'hasMore', 'serverTime', 'extra'], nextCursor: 'c', hasMore: false, serverTime: '2026-12-07T00:00:00Z', extra: undefined, textsAs: 'list', duplicateRows: false });
    expect(expectSameAsText(Buffer.from(json))).toBe('bytes');
    expect(expectSameAsText(Buffer.from(JSON.stringify(JSON.parse(json), null, 2)))).toBe('bytes');
  });

  it('leave a page of items, or of more rows than asked for, to the text path', () => {
    const records = Array.from({ length: 3 }, (_, i) => DossierRecord.parse(dossierRecord({ code: `000.00.12.H53-230915-000${i}` })));
    expect(readCompactPageBytes(Buffer.from(JSON.stringify({ items: records, nextCursor: 'c', hasMore: false })), LIMIT)).toBeNull();
    const many = Array.from({ length: 67 }, () => records[0]!);
    const json = buildEnvelope(many, [(row) => row], { order: ['rows', 'texts', 'nextCursor', 'hasMore', 'serverTime', 'extra'], nextCursor: 'c', hasMore: false, serverTime: undefined, extra: undefined, textsAs: 'list', duplicateRows: false });
    expect(readCompactPageBytes(Buffer.from(json), LIMIT)).toBeNull();
    expect(String(throughText(Buffer.from(json)).error)).toMatch(/page of 67 records when the kiosk asked for 50/);
  });

  it('leave nesting deeper than it reads to the text path', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    expect(readCompactPageBytes(Buffer.from(`{"rows":[${deep}],"texts":[],"nextCursor":"c","hasMore":false}`), LIMIT)).toBeNull();
    const fine = Buffer.from(`{"rows":[${'['.repeat(20)}${']'.repeat(20)}],"texts":[],"nextCursor":"c","hasMore":false}`);
    expect(expectSameAsText(fine)).toBe('bytes');
  });
});
