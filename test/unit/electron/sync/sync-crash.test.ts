import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, expectConverged, openCache, TOKEN } from '../../../support/sync-harness.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const BIN = path.join(import.meta.dirname, '..', '..', '..', '..', 'bin', 'kiosk.mjs');
const DOSSIERS = 3000;
const PAGE = 100;

/** Starts `kiosk sync` and SIGKILLs it once it has committed at least `pages` pages. */
function syncAndKill(url: string, db: string, pages: number): Promise<{ signal: NodeJS.Signals | null; seen: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'sync', '--server', url, '--token', TOKEN, '--db', db, '--page-size', String(PAGE)], {
      env: { ...process.env, KIOSK_LOG: 'silent' },
    });
    let seen = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      seen += chunk;
      const match = [...seen.matchAll(/page (\d+)/g)].at(-1);
      if (match && Number(match[1]) >= pages) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, seen }));
  });
}

describe('a kiosk killed in the middle of a sync', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('keeps the cursor exactly at its data and converges after a restart', async () => {
    sim = await startDistrictSim({ dossiers: DOSSIERS, token: TOKEN, seed: 11 });
    sim.faults.inject({ kind: 'latency', route: 'changes', count: 1000, ms: 60 });
    const dir = tempDir();
    const db = path.join(dir, 'kiosk.db');

    const killed = await syncAndKill(sim.url, db, 5);
    expect(killed.signal).toBe('SIGKILL');
    sim.faults.clear();

    const cache = openCache(dir);
    expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const cached = cache.store.count();
    expect(cached).toBeGreaterThanOrEqual(5 * PAGE);
    expect(cached).toBeLessThan(DOSSIERS);
    expect(cached % PAGE).toBe(0);
    // What the server still has to send from the saved cursor is exactly what is missing:
    // a cursor ahead of the data would skip records, one behind would resend them.
    let remaining = 0;
    let cursor = cache.state.read().cursor;
    for (;;) {
      const page = await clientFor(sim).fetchChanges(cursor, 1000);
      remaining += page.items!.length;
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(cached + remaining).toBe(DOSSIERS);
    cache.db.close();

    const restarted = await runKioskCliAsync(['sync', '--server', sim.url, '--token', TOKEN, '--db', db, '--json']);
    expect(restarted.status).toBe(0);
    expect(JSON.parse(restarted.stdout)).toMatchObject({ ok: true, applied: DOSSIERS - cached, fullResync: false });
    const after = openCache(dir);
    expectConverged(after, sim);
    after.db.close();
  });
});
