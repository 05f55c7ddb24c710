import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { SecretStore } from '../../../../electron/settings/secret-store.ts';
import { SyncStateStore } from '../../../../electron/sync/sync-state-store.ts';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { syncServiceFor } from '../../../support/sync-harness.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from './technician-harness.ts';

const TOKEN = 'district-A-token-123';

/** This machine's own LAN address: not loopback, yet reachable without a network. */
function lanAddress(): string | null {
  const all = Object.values(os.networkInterfaces()).flat();
  return all.find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? null;
}

describe('the district token and the district server address', () => {
  const tempDir = useTempDir();
  let server: http.Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('keeps the token when the address changes on the same host, and removes it (saying so) for another host', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    const set = (value: unknown) => t.call('technicianSetSetting', { session, key: 'districtServerUrl', value });
    const tokenSet = async () => (await t.call('technicianGetSettings', { session })).token.set;

    expect(await set('https://dongbo.travinh.gov.vn/kiosk')).toMatchObject({ result: 'saved', tokenCleared: false });
    await t.call('technicianSetToken', { session, token: TOKEN });
    expect(await set('https://dongbo.travinh.gov.vn/kiosk/v2')).toMatchObject({ result: 'saved', tokenCleared: false });
    expect(await tokenSet()).toBe(true);

    t.events.length = 0;
    expect(await set('https://dongbo.vinhlong.gov.vn/kiosk')).toMatchObject({ result: 'saved', tokenCleared: true });
    expect(await tokenSet()).toBe(false);
    expect(t.events).toContainEqual({ type: 'settingsChanged', payload: { keys: ['districtServerUrl', 'districtToken'] } });

    await t.call('technicianSetToken', { session, token: 'district-B-token-456' });
    expect(await set(null)).toMatchObject({ result: 'saved', tokenCleared: true });
    expect(await tokenSet()).toBe(false);
    await t.close();
  });

  it('refuses a plain http:// address to another machine, naming the setting; loopback is allowed', async () => {
    const t = await openTestHost(tempDir());
    const session = await t.unlock();
    for (const url of ['http://10.0.0.5:8080/kiosk', 'http://dongbo.travinh.gov.vn', 'http://127.0.0.1.nip.io/']) {
      const refused = await t.call('technicianSetSetting', { session, key: 'districtServerUrl', value: url });
      expect(refused).toMatchObject({ result: 'invalid', key: 'districtServerUrl' });
      if (refused.result === 'invalid') expect(refused.message).toMatch(/"districtServerUrl".*never sent unencrypted/);
    }
    for (const url of ['http://127.0.0.1:8080', 'http://localhost:9000/kiosk', 'http://[::1]:8080']) {
      expect(await t.call('technicianSetSetting', { session, key: 'districtServerUrl', value: url })).toMatchObject({ result: 'saved' });
    }
    await t.close();
  });

  it('never sends the token over plain http:// to another machine, even with such an address already stored', async () => {
    const seen: (string | undefined)[] = [];
    server = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(404).end();
    });
    const host = lanAddress() ?? '127.0.0.1';
    await new Promise<void>((resolve) => server!.listen(0, host, resolve));
    const { port } = server.address() as AddressInfo;
    // A machine without a LAN address still proves the refusal with a name that never resolves.
    const url = lanAddress() ? `http://${host}:${port}` : 'http://district.invalid';

    const file = path.join(tempDir(), 'kiosk.db');
    const db = openDatabase(file);
    // As an older kiosk stored it, before the setting refused such addresses.
    db.prepare("INSERT INTO settings (key, value) VALUES ('districtServerUrl', ?)").run(JSON.stringify(url));
    new SecretStore(db).set('districtToken', TOKEN);
    const service = syncServiceFor(db, file);
    await expect(service.syncNow()).rejects.toMatchObject({ message: expect.stringContaining('never sent unencrypted') });
    expect(await service.liveLookup('000.00.12.H53-261120-9999')).toBe(false);
    expect(seen).toEqual([]);
    expect(new SyncStateStore(db).status().lastError).toContain('https://');
    db.close();
  });

  it('through `kiosk config`: a new host removes the token and says so; plain http:// is refused', () => {
    const db = path.join(tempDir(), 'kiosk.db');
    expect(runKioskCli(['config', 'set', 'districtServerUrl', 'https://dongbo.travinh.gov.vn', '--db', db]).status).toBe(0);
    expect(runKioskCli(['config', 'set', 'districtToken', TOKEN, '--db', db]).status).toBe(0);
    const moved = runKioskCli(['config', 'set', 'districtServerUrl', 'https://dongbo.vinhlong.gov.vn', '--db', db]);
    expect(moved.status).toBe(0);
    expect(moved.stdout).toContain("districtToken removed: it was the old server's");
    expect(runKioskCli(['config', 'get', 'districtToken', '--db', db]).stdout.trim()).toBe('not set');
    const plain = runKioskCli(['config', 'set', 'districtServerUrl', 'http://dongbo.vinhlong.gov.vn', '--db', db]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('"districtServerUrl"');
    expect(plain.stderr).toContain('never sent unencrypted');
    expect(runKioskCli(['config', 'get', 'districtServerUrl', '--db', db]).stdout.trim()).toBe('"https://dongbo.vinhlong.gov.vn"');
  }, 60_000);
});
