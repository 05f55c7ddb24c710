import { describe, expect, it } from 'vitest';
import { DossierRecord } from '../../../shared/contract/index.ts';
import type { DossierRecord as Dossier } from '../../../shared/contract/index.ts';
import { callJson, changesPage, changesPath, readFeed, useSim } from './sim-client.ts';

describe('changes after the snapshot', () => {
  const startSim = useSim();

  it('carries each advanced dossier once, at a higher version than the snapshot had', async () => {
    const sim = await startSim({ dossiers: 800 });
    const snapshot = await readFeed<Dossier>(sim, null, 300);
    const before = new Map(snapshot.items.map((d) => [d.code, d]));
    const codes = new Set(sim.advance(40));
    const changes = await readFeed<Dossier>(sim, snapshot.cursor, 7);
    expect(changes.items.map((d) => d.code).sort()).toEqual([...codes].sort());
    for (const item of changes.items) {
      expect(item.version).toBeGreaterThan((before.get(item.code) as Dossier).version);
      expect(item).toEqual(sim.state.dossier(item.code));
    }
  });

  it('orders changes by when they happened', async () => {
    const sim = await startSim({ dossiers: 800 });
    const { cursor } = await readFeed(sim, null, 1000);
    const first = sim.advance(5);
    const second = sim.advance(5).filter((code) => !first.includes(code));
    const codes = (await readFeed<Dossier>(sim, cursor)).items.map((d) => d.code);
    expect(codes.slice(-second.length)).toEqual(second);
  });

  it('sends deletions as tombstones that are valid DossierRecords with a higher version', async () => {
    const sim = await startSim({ dossiers: 300 });
    const snapshot = await readFeed<Dossier>(sim, null, 1000);
    const versions = new Map(snapshot.items.map((d) => [d.code, d.version]));
    const deleted = sim.deleteDossiers(3);
    const { items } = await readFeed<Dossier>(sim, snapshot.cursor);
    expect(items.map((d) => d.code).sort()).toEqual([...deleted].sort());
    for (const tombstone of items) {
      expect(tombstone.deleted).toBe(true);
      expect(tombstone.version).toBe((versions.get(tombstone.code) as number) + 1);
      expect(DossierRecord.safeParse(tombstone).success).toBe(true);
      expect(Object.keys(tombstone).sort()).toEqual(['agencyCode', 'code', 'deleted', 'procedureName', 'receivedAt', 'status', 'timeline', 'version']);
    }
  });

  it('answers 410 cursor-expired for every earlier cursor after expireCursors, and a fresh snapshot still works', async () => {
    const sim = await startSim({ dossiers: 100 });
    const firstPage = await changesPage(sim, null, 10);
    const { cursor } = await readFeed(sim, null, 1000);
    sim.expireCursors();
    for (const old of [firstPage.nextCursor, cursor]) {
      const { status, body } = await callJson(sim, changesPath(old));
      expect(status).toBe(410);
      expect(body).toMatchObject({ error: 'cursor-expired' });
    }
    expect((await readFeed(sim, null, 1000)).items).toHaveLength(100);
  });

  it('expires cursors that fall behind the compaction horizon', async () => {
    const sim = await startSim({ dossiers: 500, retainChanges: 10 });
    const { cursor } = await readFeed(sim, null, 1000);
    sim.advance(5);
    expect((await changesPage(sim, cursor)).items).toHaveLength(5);
    sim.advance(20);
    expect((await callJson(sim, changesPath(cursor))).status).toBe(410);
  });

  it('refuses cursors it never issued, and expires those of another run', async () => {
    const sim = await startSim({ dossiers: 10 });
    const other = await startSim({ dossiers: 10 });
    const { cursor: foreign } = await readFeed(other, null);
    const { cursor } = await readFeed(sim, null);
    const ahead = Buffer.from(Buffer.from(cursor, 'base64url').toString().replace(/\.0$/, '.999999')).toString('base64url');
    for (const bad of ['', 'bm9wZQ', '!!!', ahead]) {
      const { status, body } = await callJson(sim, changesPath(bad));
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: 'bad-cursor' });
    }
    expect((await callJson(sim, changesPath(foreign))).status).toBe(410);
  });
});
