import fc from 'fast-check';
import type { AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../../shared/contract/index.ts';
import { batchOf } from '../../../../electron/dossiers/dossier-batch.ts';
import { DistrictHttp } from '../../../../electron/sync/district-server/district-http.ts';
import { KioskProtocolServer } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { readChangesPage } from '../../../../electron/sync/district-server/feed-replies.ts';
import { readItemsPageBytes } from '../../../../electron/sync/district-server/items-page-bytes.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { decodeFeedItemBytes } from '../../../../electron/sync/feed-item-bytes.ts';
import { textOf } from '../../../../electron/sync/json-bytes.ts';
import { validateFeedItems } from '../../../../electron/sync/validate-feed-items.ts';
import type { FeedFormat } from '../../../../electron/sync/validate-feed-items.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { applicantNamesToMask, arbitraryDossierFields, arbitraryText as text } from '../../../support/dossier-record-arbitrary.ts';
import { sendJson, useHostileServer } from '../../../support/hostile-server.ts';
import { nationalExport } from '../../../support/national-dossier-export.ts';

// An items page read from its bytes (items-page-bytes.ts, then feed-item-bytes.ts one record at
// a time) must give what the page read as text gives (readChangesPage, validateFeedItems, batchOf),
// or leave the page to that path (null). Pages here are damaged in their records, their envelope
// and their bytes, and written with every JSON spelling a server might use.

const LIMIT = 50;
const http = new DistrictHttp({ baseUrl: 'http://127.0.0.1:9', token: 't', kioskId: 'k' }, {});

function throughText(body: Buffer) {
  try {
    return { page: readChangesPage(http, { data: textOf(body) } as AxiosResponse<string>, LIMIT) };
  } catch (error) {
    return { error };
  }
}

function readFromBytes(body: Buffer) {
  return readItemsPageBytes(body, LIMIT, () => readChangesPage(http, { data: textOf(body) } as AxiosResponse<string>, LIMIT));
}

/**
 * What the sync would take from the page either way: the batch, the quarantine, the envelope, or
 * the error. 'bytes' when the page was read from its bytes, 'text' when it was left to the text
 * path, 'broken' when a record that is not JSON made the bytes path fail as the text path does.
 */
function expectSameAsText(body: Buffer, format: FeedFormat = 'kiosk'): 'bytes' | 'text' | 'broken' {
  const fast = readFromBytes(body);
  if (fast === null) return 'text';
  const slow = throughText(body);
  let decoded: ReturnType<typeof decodeFeedItemBytes>;
  try {
    decoded = decodeFeedItemBytes(fast, format);
  } catch (error) {
    expect(slow.error).toBeDefined();
    expect(error).toBeInstanceOf(SyncError);
    expect({ kind: (error as SyncError).kind, message: (error as SyncError).message }).toEqual({ kind: (slow.error as SyncError).kind, message: (slow.error as SyncError).message });
    return 'broken';
  }
  expect(slow.error).toBeUndefined();
  const page = slow.page!;
  expect({ nextCursor: fast.nextCursor, hasMore: fast.hasMore, serverTime: fast.serverTime }).toEqual({ nextCursor: page.nextCursor, hasMore: page.hasMore, serverTime: page.serverTime });
  expect(page.items).toBeDefined();
  expect(page.rows === undefined || page.texts === undefined).toBe(true);
  const { valid, quarantined } = validateFeedItems(page.items!, format);
  expect(decoded).toEqual({ batch: batchOf(valid), quarantined });
  return 'bytes';
}

const record = arbitraryDossierFields({ precision: 'milliseconds', applicantName: fc.oneof(text(30), applicantNamesToMask) });

const FIELDS = ['code', 'version', 'agencyCode', 'agencyName', 'procedureCode', 'procedureName', 'fieldName', 'applicantName', 'status', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'missingDocuments', 'feeVnd', 'resultCounter', 'timeline', 'deleted', 'supplementNote', 'feesOwed', 'resultDelivery', 'resultDocuments', '__proto__'];
const oddValue = fc.oneof(
  fc.constantFrom(undefined, null, true, '', 'x', -1, 0, 1.5, 1e21, 2 ** 53, [], {}, { a: 1 }, 'A'.repeat(65), 'Đ'.repeat(201), '2026-13-01T00:00:00Z', '2026-01-01', [{ at: 'x', department: '', action: '' }], [null], 'counter'),
  fc.integer(),
  fc.double(),
  text(5),
);
const damage = fc.oneof(
  { weight: 4, arbitrary: fc.constant((item: Record<string, unknown>): unknown => item) },
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...FIELDS), oddValue), { minLength: 1, maxLength: 2 })
      .map((changes) => (item: Record<string, unknown>): unknown => {
        const out: Record<string, unknown> = { ...item };
        for (const [key, value] of changes) {
          if (value === undefined) delete out[key];
          else Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return out;
      }),
  },
  { weight: 1, arbitrary: oddValue.map((value) => (): unknown => value ?? null) },
);

/** The same JSON in another spelling: white space, escapes, other number forms, all of which JSON.parse reads the same. */
const respell = fc.constantFrom(
  (json: string) => json,
  (json: string) => json.replace(/,/g, ' ,\n\t').replace(/\[/g, '[ ').replace(/:/g, ' : ').replace(/\{/g, '{\r\n'),
  (json: string) => json.replace(/:(\d{2,})(?=[,}])/, ':$1.0'),
  (json: string) => json.replace(/:(\d+)(?=[,}])/g, ':$1e0'),
  (json: string) => json.replace(/"([^"\\]*)"/g, (_, s: string) => `"${s.replace(/./u, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`),
  (json: string) => json.replace(/\//g, '\\/'),
);

/** The envelope's keys in any order, with extra or repeated keys, or wrong. */
const order = fc.shuffledSubarray(['items', 'nextCursor', 'hasMore', 'serverTime', 'extra'], { minLength: 5, maxLength: 5 });
const envelope = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      order,
      nextCursor: fc.constant('c1'),
      hasMore: fc.boolean(),
      serverTime: fc.constantFrom(undefined, '2026-12-07T00:00:00Z'),
      extra: fc.constantFrom(undefined, { nested: [1, { deep: 'x' }] }),
      itemsAs: fc.constant('list'),
      duplicateItems: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      order,
      nextCursor: fc.constantFrom('c1', '', 'x'.repeat(2048), 'x'.repeat(2049), 5, null),
      hasMore: fc.constantFrom(true, 'true', 1, null),
      serverTime: fc.constantFrom(undefined, '2026-12-07T00:00:00Z', 7, null),
      extra: fc.constantFrom(undefined, 'rows', 'texts', 'rows and texts'),
      itemsAs: fc.constantFrom('list', 'string', 'missing', 'too many', 'object'),
      duplicateItems: fc.boolean(),
    }),
  },
);

type Envelope = { order: string[]; nextCursor: unknown; hasMore: unknown; serverTime: unknown; extra: unknown; itemsAs: string; duplicateItems: boolean };

function buildEnvelope(items: unknown[], env: Envelope): string {
  const values: Record<string, unknown> = {
    items: env.itemsAs === 'list' ? items : env.itemsAs === 'string' ? 'oops' : env.itemsAs === 'too many' ? Array.from({ length: 51 }, () => items[0] ?? {}) : env.itemsAs === 'object' ? { 0: items[0] } : undefined,
    nextCursor: env.nextCursor,
    hasMore: env.hasMore,
    serverTime: env.serverTime,
  };
  const parts = env.order
    .filter((key) => (key === 'extra' ? env.extra !== undefined : values[key] !== undefined))
    .map((key) => {
      if (key !== 'extra') return `${JSON.stringify(key)}:${JSON.stringify(values[key])}`;
      if (env.extra === 'rows') return '"rows":[]';
      if (env.extra === 'texts') return '"texts":[]';
      if (env.extra === 'rows and texts') return '"rows":[],"texts":[]';
      return `"extra":${JSON.stringify(env.extra)}`;
    });
  if (env.duplicateItems) parts.unshift(`"items":${JSON.stringify(items.slice(0, 1))}`);
  return `{${parts.join(',')}}`;
}

const WELL_FORMED: Envelope = { order: ['items', 'nextCursor', 'hasMore', 'serverTime', 'extra'], nextCursor: 'c', hasMore: true, serverTime: undefined, extra: undefined, itemsAs: 'list', duplicateItems: false };

describe('items pages read from their bytes', () => {
  it('give the batch, the quarantine and the envelope that the page read as text gives', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 0, maxLength: 5 }), fc.array(damage, { minLength: 1, maxLength: 5 }), envelope, respell, (records, damages, env, spell) => {
        const items = records.map((r, i) => damages[i % damages.length]!(r));
        expectSameAsText(Buffer.from(spell(buildEnvelope(items, env))));
      }),
      { numRuns: 2000 },
    );
  });

  it('give the same quarantine reasons for national records, well-formed or damaged', () => {
    const national = nationalExport().slice(0, 40) as Record<string, unknown>[];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...national), { minLength: 1, maxLength: 6 }), fc.array(damage, { minLength: 1, maxLength: 3 }), (records, damages) => {
        const items = records.map((r, i) => damages[i % damages.length]!(r));
        expect(expectSameAsText(Buffer.from(buildEnvelope(items, WELL_FORMED)), 'national')).toBe('bytes');
      }),
      { numRuns: 300 },
    );
  });

  it('leave broken JSON to the text path, which names it', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), fc.nat(), fc.constantFrom('', '"', ']', '}', ',', '[', '{', ':', '\u0001', 'tru', '-', '01', '1.', '\\x', '\\u12', ' \u00a0', '\ufeff'), (records, at, junk) => {
        const json = buildEnvelope(records, WELL_FORMED);
        const cut = at % (json.length + 1);
        const body = Buffer.from(json.slice(0, cut) + junk + json.slice(cut));
        const slow = throughText(body);
        if (slow.error) expect(String(slow.error)).toMatch(/broken change feed|wrong shape|neither items nor rows|refused/);
        const way = expectSameAsText(body);
        if (way === 'broken') expect(String(slow.error)).toMatch(/broken change feed \(not valid JSON; \d+ bytes\)/);
      }),
      { numRuns: 1500 },
    );
  });

  it('read a well-formed page from its bytes, not as text, and quarantine a broken record with its reason', () => {
    const good = DossierRecord.parse(dossierRecord({ code: '000.00.12.H53-230915-0001' }));
    const broken = { ...dossierRecord({ code: '000.00.12.H53-230915-0002' }), status: 11 };
    const json = JSON.stringify({ items: [good, broken], nextCursor: 'c', hasMore: false, serverTime: '2026-12-07T00:00:00Z' });
    expect(expectSameAsText(Buffer.from(json))).toBe('bytes');
    expect(expectSameAsText(Buffer.from(JSON.stringify(JSON.parse(json), null, 2)))).toBe('bytes');
    const { batch, quarantined } = decodeFeedItemBytes(readFromBytes(Buffer.from(json))!, 'kiosk');
    expect(batch.codes).toEqual(['000.00.12.H53-230915-0001']);
    expect(quarantined).toEqual([{ code: '000.00.12.H53-230915-0002', reason: expect.stringMatching(/^status: /) }]);
  });

  it('leave a compact page, or one of more records than asked for, to the text path, which refuses it as before', () => {
    expect(readFromBytes(Buffer.from('{"rows":[],"texts":[],"nextCursor":"c","hasMore":false}'))).toBeNull();
    const many = JSON.stringify({ items: Array.from({ length: 67 }, () => dossierRecord()), nextCursor: 'c', hasMore: false });
    expect(readFromBytes(Buffer.from(many))).toBeNull();
    expect(String(throughText(Buffer.from(many)).error)).toMatch(/page of 67 records when the kiosk asked for 50/);
  });

  it('leave a page that starts with a byte-order mark to the text path, which reads it as before; read deep nesting as JSON.parse does', () => {
    const json = JSON.stringify({ items: [dossierRecord()], nextCursor: 'c', hasMore: false });
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]);
    expect(readFromBytes(withMark)).toBeNull();
    expect(throughText(withMark).page?.items).toHaveLength(1);
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    expect(expectSameAsText(Buffer.from(`{"items":[${deep}, {"a":${deep}}],"nextCursor":"c","hasMore":false}`))).toBe('bytes');
  });

  it('fail a page with a record that is not JSON as the text path does, whatever the records before it', () => {
    for (const broken of ['{"code":tru}', '{"code":"x"]', '[1}', '{"a":"\\x"}', '1"a"', '{"a":"\u0001"}'.replace('\\u0001', '\u0001'), '01', '-']) {
      const body = Buffer.from(`{"items":[${JSON.stringify(dossierRecord())},${broken}],"nextCursor":"c","hasMore":false}`);
      expect(expectSameAsText(body)).toBe('broken');
    }
  });

  const hostile = useHostileServer();

  it('are what the kiosk client hands the sync over HTTP, and a page with a byte-order mark is still read (through the text path)', async () => {
    const json = JSON.stringify({ items: [dossierRecord(), { code: 'X' }], nextCursor: 'c', hasMore: false });
    for (const body of [Buffer.from(json), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])]) {
      const { url } = await hostile((_req, res) => sendJson(res, body));
      const client = new KioskProtocolServer({ baseUrl: url, token: 't', kioskId: 'k' });
      const page = await client.fetchChanges(null, LIMIT, { compact: true, itemBytes: true });
      const records = 'itemBytes' in page ? page.itemBytes.count : page.items?.length;
      expect(records).toBe(2);
      expect('itemBytes' in page).toBe(body[0] === 0x7b);
      expect((await client.fetchChanges(null, LIMIT)).items).toHaveLength(2);
    }
  });
});
