import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { decodeEscPos, rasterImage } from '../../../support/escpos-decoder.ts';
import { runKioskCliAsync } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { VirtualTcpPrinter } from '../../../support/virtual-printer.ts';

describe('kiosk print and kiosk printers', { timeout: 120_000 }, () => {
  const tempDir = useTempDir();
  let virtual: VirtualTcpPrinter;
  afterEach(async () => {
    await virtual?.stop();
  });
  const start = async () => {
    virtual = new VirtualTcpPrinter();
    await virtual.start();
    const db = path.join(tempDir(), 'kiosk.db');
    await (await createKioskHost({ dbPath: db, demoWhenEmpty: true })).close();
    return db;
  };

  it('prints a procedure checklist and a dossier answer from the database, exit 0', async () => {
    const db = await start();
    const procedure = await runKioskCliAsync(['print', 'procedure', '1.001193', '--printer', virtual.uri, '--db', db]);
    expect(procedure.stderr).toBe('');
    expect(procedure.status).toBe(0);
    expect(JSON.parse(procedure.stdout)).toMatchObject({ outcome: 'printed' });
    expect(rasterImage(decodeEscPos(virtual.printed)).width).toBe(576);
    virtual.reset();
    const dossier = await runKioskCliAsync(['print', 'dossier', '000.12.12.H53-261112-0015', '--printer', virtual.uri, '--db', db, '--width', '384', '--no-cut']);
    expect(dossier.status).toBe(0);
    const commands = decodeEscPos(virtual.printed);
    expect(rasterImage(commands).width).toBe(384);
    expect(commands.some((c) => c.name === 'cut')).toBe(false);
  });

  it('exits 1 with the technician wording when the paper is out, and for an unknown code', async () => {
    const db = await start();
    virtual.state = 'paper-out';
    const out = await runKioskCliAsync(['print', 'test', '--printer', virtual.uri]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('out of paper (hết giấy)');
    virtual.state = 'ok';
    virtual.reset();
    const unknown = await runKioskCliAsync(['print', 'procedure', '9.999999', '--printer', virtual.uri, '--db', db]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No procedure 9.999999');
    expect(virtual.printed.length).toBe(0);
  });

  it('exits 2 on usage errors and says what a printer address looks like', async () => {
    virtual = new VirtualTcpPrinter();
    const noPrinter = await runKioskCliAsync(['print', 'test']);
    expect(noPrinter.status).toBe(2);
    const badUri = await runKioskCliAsync(['print', 'test', '--printer', 'http://10.0.0.9']);
    expect(badUri.status).toBe(2);
    expect(badUri.stderr).toContain('tcp://host[:9100]');
    const noDb = await runKioskCliAsync(['print', 'dossier', 'X', '--printer', 'tcp://127.0.0.1']);
    expect(noDb.status).toBe(2);
  });

  it('lists printers as JSON, with the network address given', async () => {
    virtual = new VirtualTcpPrinter();
    const run = await runKioskCliAsync(['printers', '--network', 'tcp://10.0.0.9:9100']);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout) as { usb: unknown[]; serial: unknown[]; network: { uri: string }[] };
    expect(Array.isArray(list.usb) && Array.isArray(list.serial)).toBe(true);
    expect(list.network).toEqual([{ uri: 'tcp://10.0.0.9:9100' }]);
  });
});
