import { describe, expect, it } from 'vitest';
import { KioskProtocolServer } from '../../../../electron/sync/district-server/kiosk-protocol/kiosk-protocol-server.ts';
import { MAX_QUARANTINE_ROWS_PER_RUN } from '../../../../electron/sync/district-limits.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { dossierRecord } from '../../../support/dossier-fixtures.ts';
import { sendJson, useHostileServer } from '../../../support/hostile-server.ts';
import { FEED_READERS, openCache, syncFeed, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const MILLION = 1_000_000;
/** `[0,0,…]` of a million junk values: 2 MB. */
const junk = `[${'0,'.repeat(MILLION - 1)}0]`;

const PAGES = {
  'items': `{"items":${junk},"nextCursor":"c1","hasMore":false}`,
  'compact rows': `{"texts":[],"rows":${junk},"nextCursor":"c1","hasMore":false}`,
  'compact texts': `{"texts":${junk},"rows":[],"nextCursor":"c1","hasMore":false}`,
};

describe.each(FEED_READERS)('a first page far larger than asked for, read in the %s', (reader) => {
  const tempDir = useTempDir();
  const hostile = useHostileServer();

  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('a 2 MB page of a million junk %s is refused whole: nothing checked, nothing quarantined', async (shape) => {
    const server = await hostile((_req, res) => sendJson(res, PAGES[shape]));
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const failure = await syncFeed(cache, client, { reader, pageSize: 5000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).message).toMatch(shape === 'compact texts' ? /with 1000000 texts for 2000 records; the page was refused/ : /page of 1000000 records when the kiosk asked for 2000; the page was refused/);
    expect(cache.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(0);
    expect(cache.state.read().cursor).toBeNull();
    cache.db.close();
  });

  it('a page larger in bytes than its records can need is refused before it is parsed', async () => {
    const padded = JSON.stringify({ items: [dossierRecord({ agencyName: 'x'.repeat(300) })], pad: 'x'.repeat(2 * 1024 * 1024), nextCursor: 'c1', hasMore: false });
    const server = await hostile((_req, res) => sendJson(res, padded));
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const failure = await syncFeed(cache, client, { reader, pageSize: 100 }).catch((e: unknown) => e);
    expect((failure as SyncError).message).toBe('The district server sent an answer larger than 464 KB.');
    cache.db.close();
  });

  it(`writes at most ${MAX_QUARANTINE_ROWS_PER_RUN} quarantine rows in a run, and counts the rest`, async () => {
    let n = 0;
    const broken = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ code: `BROKEN-${i}` })));
    const server = await hostile((_req, res) => {
      n += 1;
      sendJson(res, `{"items":${broken},"nextCursor":"c${n}","hasMore":${n < 3}}`);
    });
    const cache = openCache(tempDir());
    const client = new KioskProtocolServer({ baseUrl: server.url, token: TOKEN, kioskId: 'k' });
    const report = await syncFeed(cache, client, { reader, pageSize: 2000 });
    expect(report.quarantined).toBe(6000);
    expect(cache.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(MAX_QUARANTINE_ROWS_PER_RUN);
    cache.db.close();
  });
});
