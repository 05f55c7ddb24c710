import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SyncError } from '../../../../electron/sync/sync-error.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import type { SyncService } from '../../../../electron/sync/sync-service.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { clientFor, connectToDistrict, syncServiceFor, TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const THIRTY_DAYS = 2_592_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a Retry-After longer than the kiosk waits', () => {
  const tempDir = useTempDir();
  let sim: DistrictSim | undefined;
  let service: SyncService | undefined;
  afterEach(async () => {
    const running = service as unknown as { close?: () => Promise<void>; stop?: () => void } | undefined;
    await (running?.close ? running.close() : running?.stop?.());
    await sim?.close();
    sim = service = undefined;
  });

  it.each(['seconds', 'http-date'] as const)('as %s: one request, a pause of 1 hour, and the technician told of the 30 days asked', async (form) => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, seed: 5 });
    sim.faults.inject({ kind: 'http-503', route: 'changes', count: 100_000, retryAfterSeconds: THIRTY_DAYS, retryAfterForm: form });
    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    connectToDistrict(db, sim.url);
    service = syncServiceFor(db, file);

    const failure = await service.syncNow().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncError);
    expect((failure as SyncError).retryAfterSec).toBe(3600);
    // The scheduler now waits; a delay past 2^31 ms would have fired at once, in a loop.
    await sleep(1500);
    expect(sim.requests().filter((r) => r.route === 'changes')).toHaveLength(1);
    const lastError = new SyncStateStore(db).read().lastError;
    expect(lastError).toContain('asked the kiosk to pause for 30 days');
    expect(lastError).toContain('the kiosk waits at most 60 min');
  });

  it('a pause within the bound is honoured as the server asked, in either form', async () => {
    sim = await startDistrictSim({ dossiers: 20, token: TOKEN, seed: 5 });
    sim.faults.inject({ kind: 'http-429', route: 'changes', retryAfterSeconds: 900, retryAfterForm: 'http-date' });
    const failure = await clientFor(sim).fetchChanges(null, 10).catch((error: unknown) => error);
    expect((failure as SyncError).retryAfterSec).toBeGreaterThanOrEqual(899);
    expect((failure as SyncError).retryAfterSec).toBeLessThanOrEqual(900);
  });
});
