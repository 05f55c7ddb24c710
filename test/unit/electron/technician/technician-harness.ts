import path from 'node:path';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { AuditLog } from '../../../../electron/audit/audit-log.ts';
import { TechnicianAuth } from '../../../../electron/technician/technician-auth.ts';
import type { KioskHost, KioskHostOptions } from '../../../../electron/host/kiosk-host.types.ts';
import type { KioskEvent, KioskMethodName, MethodOutput } from '../../../../shared/contract/index.ts';

export const GOOD_PIN = '246813';

/**
 * A clock the test moves by hand: the wall clock (`now`) and the monotonic one, which time
 * passing (`advance`) moves together and a clock change (`stepWall`) moves apart.
 */
export function testClock(start = '2026-03-02T03:00:00Z') {
  let at = new Date(start).getTime();
  let elapsed = 1_000;
  const now = () => new Date(at);
  const monotonic = () => elapsed;
  return {
    now,
    monotonic,
    /** What a host takes: both clocks. */
    host: { now, monotonic },
    advance: (ms: number) => {
      at += ms;
      elapsed += ms;
    },
    /** The wall clock set forward (or back, negative), as by a technician or NTP. */
    stepWall: (ms: number) => {
      at += ms;
    },
  };
}

/** What `kiosk config reset-pin` does to the file (the CLI's own test runs the real command). */
export async function issueSetupCode(dbPath: string): Promise<string> {
  const db = openDatabase(dbPath);
  try {
    return await new TechnicianAuth({ db, audit: new AuditLog(db), now: () => new Date() }).resetPin('cli');
  } finally {
    db.close();
  }
}

export interface TestHost {
  host: KioskHost;
  dbPath: string;
  events: KioskEvent[];
  /** The method's result; throws with the host's error when the call failed. */
  call<M extends KioskMethodName>(method: M, input: unknown): Promise<MethodOutput<M>>;
  /** The raw response, for refused calls. */
  raw(method: string, input: unknown): ReturnType<KioskHost['call']>;
  /** Sets the first PIN (or unlocks with it) and returns the session. */
  unlock(pin?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real host on a real SQLite file in `dir`, without background sync. */
export async function openTestHost(dir: string, options: Partial<KioskHostOptions> = {}): Promise<TestHost> {
  const dbPath = path.join(dir, 'kiosk.db');
  const host = await createKioskHost({ dbPath, demoWhenEmpty: false, backgroundSync: false, ...options });
  const events: KioskEvent[] = [];
  host.subscribe((event) => events.push(event));
  const call = async <M extends KioskMethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const response = await host.call(method, input);
    if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
    return response.result as MethodOutput<M>;
  };
  return {
    host,
    dbPath,
    events,
    call,
    raw: (method, input) => host.call(method, input),
    async unlock(pin = GOOD_PIN) {
      const status = await call('technicianStatus', {});
      const result = status.pinSet
        ? await call('technicianUnlock', { pin })
        : await call('technicianSetFirstPin', { pin, setupCode: await issueSetupCode(dbPath) });
      if (result.result !== 'unlocked') throw new Error(`not unlocked: ${JSON.stringify(result)}`);
      return result.session;
    },
    close: () => host.close(),
  };
}
