import path from 'node:path';
import { createKioskHost } from '../../../electron/host/kiosk-host.ts';
import type { KioskHost, KioskHostOptions } from '../../../electron/host/kiosk-host.types.ts';
import type { KioskEvent, KioskMethodName, MethodOutput } from '../../../shared/contract/index.ts';

export const GOOD_PIN = '246813';

/** A clock the test moves by hand. */
export function testClock(start = '2026-03-02T03:00:00Z') {
  let at = new Date(start).getTime();
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
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
      const result = status.pinSet ? await call('technicianUnlock', { pin }) : await call('technicianSetFirstPin', { pin });
      if (result.result !== 'unlocked') throw new Error(`not unlocked: ${JSON.stringify(result)}`);
      return result.session;
    },
    close: () => host.close(),
  };
}
