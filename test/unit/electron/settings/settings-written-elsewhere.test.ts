// `kiosk config set` on a running kiosk: the shell writes the same SQLite file from another
// process, and the running host gives the change the live effect of a technician's (the UI is
// told, the sync schedule restarts), without auditing it a second time.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_CALL_PREFIX, HTTP_EVENTS_PATH } from '../../../../shared/contract/index.ts';
import { configCommand } from '../../../../electron/cli/commands/config-command.ts';
import { startHttpTransport } from '../../../../electron/http/http-transport.ts';
import type { HttpTransport } from '../../../../electron/http/http-transport.ts';
import { startDistrictSim } from '../../../district-sim/index.ts';
import type { DistrictSim } from '../../../district-sim/index.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { TOKEN } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { openTestHost } from '../technician/technician-harness.ts';
import type { TestHost } from '../technician/technician-harness.ts';

/** The pushes a browser on the loopback transport receives, as `event` and parsed `data`. */
function eventsOver(transport: HttpTransport) {
  const received: { type: string; payload: unknown }[] = [];
  let body = '';
  const opened = new Promise<http.ClientRequest>((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: transport.port,
        path: HTTP_EVENTS_PATH,
        headers: { Host: `127.0.0.1:${transport.port}`, Authorization: `Bearer ${transport.token}` },
      },
      (res) => {
        res.setEncoding('utf8');
        res.once('data', () => resolve(req));
        res.on('data', (chunk: string) => {
          body += chunk;
          const blocks = body.split('\n\n');
          body = blocks.pop()!;
          for (const block of blocks) {
            const type = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (type && data) received.push({ type, payload: JSON.parse(data) });
          }
        });
      },
    );
    req.on('error', reject);
  });
  return { opened, settingsChanged: () => received.filter((e) => e.type === 'settingsChanged').map((e) => e.payload) };
}

async function callOver(transport: HttpTransport, method: string, input: unknown = {}) {
  const res = await fetch(`http://127.0.0.1:${transport.port}${HTTP_CALL_PREFIX}${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${transport.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; result?: Record<string, unknown> };
}

const auditedKeys = (entries: { actor: string; action: string; detail: string | null }[]) =>
  entries.filter((e) => e.action === 'setting-changed').map((e) => `${e.actor} ${(JSON.parse(e.detail ?? '{}') as { key: string }).key}`);

describe('a setting written by `kiosk config set` while the kiosk runs', { timeout: 60_000 }, () => {
  const tempDir = useTempDir();
  let t: TestHost | undefined;
  let transport: HttpTransport | undefined;
  let sim: DistrictSim | undefined;
  afterEach(async () => {
    await transport?.close();
    await t?.close();
    await sim?.close();
    t = transport = sim = undefined;
  });

  it('takes effect at once: the UI is told and reads the new value, a sync setting restarts the sync; audited once, as the shell’s', async () => {
    sim = await startDistrictSim({ dossiers: 5, token: TOKEN, seed: 3 });
    const dir = tempDir();
    t = await openTestHost(dir, { backgroundSync: true });
    transport = await startHttpTransport({ host: t.host, uiRoot: tempDir() });
    const events = eventsOver(transport);
    const stream = await events.opened;
    const session = await t.unlock();
    // The host's own change is announced where it is made, and not again when the shell writes.
    await t.call('technicianSetSetting', { session, key: 'idleTimeoutSec', value: 120 });

    // The real command, in another process: the kiosk started without a district server syncs once it names one.
    expect(await configCommand(['set', 'districtToken', TOKEN, '--db', t.dbPath], fakeIo())).toBe(0);
    await expect.poll(() => events.settingsChanged(), { timeout: 20_000 }).toEqual([{ keys: ['idleTimeoutSec'] }, { keys: ['districtToken'] }]);
    const set = await runKioskCliAsync(['config', 'set', 'districtServerUrl', sim.url, '--db', t.dbPath]);
    expect(set.status, set.stderr).toBe(0);
    await expect.poll(() => events.settingsChanged(), { timeout: 20_000 }).toEqual([{ keys: ['idleTimeoutSec'] }, { keys: ['districtToken'] }, { keys: ['districtServerUrl'] }]);
    await expect.poll(() => sim!.requests().map((r) => r.route), { timeout: 20_000 }).toEqual(expect.arrayContaining(['changes', 'heartbeat']));

    // The same command in this process (its own connection to the file, as the shell's): a refused
    // value changes nothing and is not announced; the next change is announced alone, and read.
    expect(await configCommand(['set', 'siteName', ' ', '--db', t.dbPath], fakeIo())).toBe(1);
    expect(await configCommand(['set', 'siteName', 'Trung tâm Phục vụ hành chính công phường Hai', '--db', t.dbPath], fakeIo())).toBe(0);
    await expect.poll(() => events.settingsChanged().slice(3), { timeout: 20_000 }).toEqual([{ keys: ['siteName'] }]);
    expect((await callOver(transport, 'getKioskInfo')).result).toMatchObject({ siteName: 'Trung tâm Phục vụ hành chính công phường Hai', idleTimeoutSec: 120 });

    const audit = await t.call('technicianAuditLog', { session });
    expect(auditedKeys(audit.entries).sort()).toEqual(['cli districtServerUrl', 'cli siteName', 'technician idleTimeoutSec']);
    stream.destroy();
  });
});
