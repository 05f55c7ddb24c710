import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { DossierRecord, isSettingKey } from '../../shared/contract/index.ts';
import type { DossierRecordInput } from '../../shared/contract/index.ts';
import { DossierStore } from '../dossiers/dossier-store.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { SyncStateStore } from '../sync/sync-state-store.ts';

const DemoSite = z.object({
  siteName: z.string(),
  agencies: z.array(z.object({ code: z.string(), name: z.string() })).min(1),
  /** Other agencies of the province, not this site's: a receipt of theirs is answered with their name. */
  knownAgencies: z.array(z.object({ code: z.string(), name: z.string() })).default([]),
  /** Site settings the demo shows (opening hours, counters, hotline …), each validated like any setting. */
  settings: z.record(z.string(), z.unknown()).default({}),
});
const DemoDossiers = z.object({ anchor: z.iso.datetime(), dossiers: z.array(DossierRecord) });

const DAY_MS = 86_400_000;
const TIME_KEYS = ['receivedAt', 'dueAt', 'finishedAt', 'returnedAt'] as const;

/**
 * Shifts every time by whole days so the demo's anchor becomes today: an in-progress demo
 * dossier stays in progress and an overdue one stays overdue, whatever day the kiosk runs.
 */
export function shiftDemoDossiers(dossiers: readonly DossierRecord[], anchor: Date, now: Date): DossierRecordInput[] {
  const shiftMs = Math.round((now.getTime() - anchor.getTime()) / DAY_MS) * DAY_MS;
  const shift = (iso: string) => new Date(Date.parse(iso) + shiftMs).toISOString();
  return dossiers.map((d) => {
    const shifted: DossierRecordInput = { ...d, timeline: d.timeline.map((t) => ({ ...t, at: shift(t.at) })) };
    for (const key of TIME_KEYS) {
      const value = d[key];
      if (value) shifted[key] = shift(value);
    }
    return shifted;
  });
}

/** Loads the bundled demo site and dossiers into an empty cache and marks the data as demo. */
export function loadDemoData(db: Database, assetsDir: string, now: Date): { dossiers: number } {
  const site = DemoSite.parse(JSON.parse(fs.readFileSync(path.join(assetsDir, 'demo', 'site.json'), 'utf8')));
  const demo = DemoDossiers.parse(JSON.parse(fs.readFileSync(path.join(assetsDir, 'demo', 'dossiers.json'), 'utf8')));
  const settings = new SettingsStore(db);
  const store = new DossierStore(db);
  store.writeTransaction(() => {
    store.agencies.setServed(site.agencies);
    for (const { code, name } of site.knownAgencies) store.agencies.idFor(code, name);
    if (!settings.isSet('siteName')) settings.set('siteName', site.siteName);
    for (const [key, value] of Object.entries(site.settings)) {
      if (isSettingKey(key) && !settings.isSet(key)) settings.set(key, value);
    }
    store.upsertMany(shiftDemoDossiers(demo.dossiers, new Date(demo.anchor), now), now);
    new SyncStateStore(db).recordSuccess('demo', now);
  });
  return { dossiers: demo.dossiers.length };
}
