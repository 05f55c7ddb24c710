// The details a national-format server adds (supplement note, fees owed, result delivery and
// documents) cross from the feed worker to the writing thread in the DossierBatch, land in the
// cache, survive a full resync through the shadow table, and reach the lookup's next step.
import { describe, expect, it } from 'vitest';
import type { DossierRecord } from '../../../../shared/contract/index.ts';
import { toDossierView } from '../../../../electron/dossiers/dossier-view.ts';
import { syncDossierFeed } from '../../../../electron/sync/dossier-feed-sync.ts';
import { inProcessFeedSource } from '../../../../electron/sync/feed-page-source.ts';
import { workerFeedSource } from '../../../../electron/sync/worker-feed-source.ts';
import { feedWorkerScript } from '../../../support/feed-worker-build.ts';
import { useSimulatorAndCache } from '../../../support/sync-harness.ts';
import type { KioskCache, clientFor } from '../../../support/sync-harness.ts';

describe('national details through the feed worker', () => {
  const fixture = useSimulatorAndCache();

  async function syncInWorker(cache: KioskCache, client: ReturnType<typeof clientFor>) {
    const fallbackPages: (string | null)[] = [];
    const source = workerFeedSource({
      script: await feedWorkerScript(),
      data: { client: client.connection, format: 'national' },
      fallback: () => {
        fallbackPages.push(null);
        return inProcessFeedSource(client, 'national');
      },
    });
    try {
      const report = await syncDossierFeed({ ...cache, source, now: () => new Date(), pageSize: 100 });
      expect(fallbackPages).toEqual([]);
      return report;
    } finally {
      await source.close();
    }
  }

  function nextStepOf(cache: KioskCache, record: DossierRecord) {
    const row = cache.store.findByCode(record.code);
    if (!row) throw new Error(`${record.code} is not in the cache`);
    return toDossierView(row, new Date()).nextStep;
  }

  it('are stored, kept through a full resync, and shown', async () => {
    const { sim, cache, client } = await fixture.start({ dossiers: 400, seed: 21, format: 'national' });
    expect(await syncInWorker(cache, client)).toMatchObject({ applied: 400, quarantined: 0 });

    const records = sim.state.allDossiers();
    const supplement = records.find((r) => r.status === 5)!;
    const paying = records.find((r) => r.status === 6)!;
    const finished = records.find((r) => r.status === 9)!;
    const expectShown = () => {
      expect(nextStepOf(cache, supplement)).toEqual({ kind: 'supplement', documents: supplement.missingDocuments, note: expect.stringMatching(/^Đề nghị bổ sung: /) });
      expect(nextStepOf(cache, paying)).toEqual({ kind: 'pay', amountVnd: paying.feeVnd, fees: [{ name: 'Lệ phí giải quyết thủ tục hành chính', amountVnd: paying.feeVnd }] });
      expect(nextStepOf(cache, finished)).toMatchObject({ kind: 'collect', delivery: expect.stringMatching(/^(counter|post)$/), documents: [`Kết quả: ${finished.procedureName}`] });
    };
    expectShown();
    expect(cache.db.prepare('SELECT count(*) FROM dossiers WHERE details_json IS NOT NULL').pluck().get()).toBeGreaterThan(0);

    sim.expireCursors();
    expect(await syncInWorker(cache, client)).toMatchObject({ fullResync: true, quarantined: 0 });
    expectShown();
  });
});
