import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import { runKioskCli } from '../../../support/run-kiosk-cli.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

describe('kiosk code', () => {
  it('prints the parse of a raw scan and exits 0', () => {
    const run = runKioskCli(['code', ']Q1https://dichvucong.example.gov.vn/tra-cuu/000.00.12.h53-230915-0003\r\n']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      code: '000.00.12.H53-230915-0003',
      agency: '000.00.12.H53',
      date: '2023-09-15',
      seq: '0003',
    });
  });

  it('prints the reason and exits 1 for what is not a code', () => {
    const run = runKioskCli(['code', '000.00.12.H53-230231-0003']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, reason: 'bad-date' });
  });

  it('reads a site pattern given by the technician', () => {
    const run = runKioskCli(['code', 'HS-2023-000123', '--pattern', '(?<code>HS-\\d{4}-(?<seq>\\d{6}))']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, code: 'HS-2023-000123', seq: '000123', format: 'extra' });
  });

  it('explains its usage when called wrongly', () => {
    const run = runKioskCli(['code']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('kiosk code <raw scan>');
    expect(runKioskCli(['frobnicate']).status).toBe(2);
  });
});

describe('kiosk lookup', () => {
  const tempDir = useTempDir();

  it('prints what the kiosk would show, with the status sentence', async () => {
    const db = path.join(tempDir(), 'kiosk.db');
    await (await createKioskHost({ dbPath: db, demoWhenEmpty: true })).close();
    const run = runKioskCli(['lookup', '000.12.12.H53-261112-0015', '--db', db]);
    expect(run.status).toBe(0);
    const shown = JSON.parse(run.stdout);
    expect(shown).toMatchObject({ kind: 'found', dossier: { code: '000.12.12.H53-261112-0015', status: 5, nextStep: { kind: 'supplement' } } });
    expect(shown.shown.status).toMatch(/bổ sung/);
    expect(run.stdout).not.toMatch(/"applicantName"/);
  });

  it('exits 1 with the outcome when the dossier is not there, 2 without a database', async () => {
    const db = path.join(tempDir(), 'kiosk.db');
    await (await createKioskHost({ dbPath: db, demoWhenEmpty: true })).close();
    const missing = runKioskCli(['lookup', '000.00.12.H53-261120-9999', '--db', db]);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ kind: 'not-found' });
    const noDb = runKioskCli(['lookup', '000.00.12.H53-261120-9999', '--db', path.join(tempDir(), 'none.db')]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toContain('No kiosk database');
    expect(fs.existsSync(path.join(tempDir(), 'none.db'))).toBe(false);
  });
});
