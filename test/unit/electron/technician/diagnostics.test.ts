import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkExportFolder, suggestedExportFolders } from '../../../../electron/technician/export-folder.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { captureStderr } from './capture-stderr.ts';
import { openTestHost } from './technician-harness.ts';

describe('export folder checks (the UI is untrusted)', () => {
  const tempDir = useTempDir('kiosk-usb-');

  it('accepts an existing, writable directory given by its absolute path', () => {
    const dir = tempDir();
    expect(checkExportFolder(dir)).toEqual({ ok: true, path: dir });
    expect(checkExportFolder(`${dir}/`)).toEqual({ ok: true, path: dir });
  });

  it('refuses relative paths, dot segments, control characters, symbolic links, files and missing folders', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    fs.writeFileSync(path.join(dir, 'file.txt'), 'x');
    expect(checkExportFolder('usb')).toEqual({ ok: false, reason: 'not-absolute' });
    expect(checkExportFolder('./usb')).toEqual({ ok: false, reason: 'not-absolute' });
    expect(checkExportFolder(`${dir}/real/..`)).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder(`${dir}/./real`)).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder(`${dir}/real\u0000/etc`)).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder(`${dir}/link`)).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder(`${dir}/link/`)).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder(`${dir}/file.txt`)).toEqual({ ok: false, reason: 'not-a-directory' });
    expect(checkExportFolder(`${dir}/missing`)).toEqual({ ok: false, reason: 'not-found' });
    expect(checkExportFolder('C:\\Users\\..\\Windows', 'win32')).toEqual({ ok: false, reason: 'unsafe-path' });
    expect(checkExportFolder('\\\\server\\share', 'win32')).toEqual({ ok: false, reason: 'not-absolute' });
  });

  it('refuses a folder it cannot write to', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const dir = tempDir();
    fs.chmodSync(dir, 0o555);
    try {
      expect(checkExportFolder(dir)).toEqual({ ok: false, reason: 'not-writable' });
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('offers mounted media first, then the kiosk’s own data folder', () => {
    const usb = tempDir();
    const data = tempDir();
    const folders = suggestedExportFolders(data, [usb, path.join(usb, 'missing')]);
    expect(folders.map((f) => [f.kind, f.path])).toEqual([
      ['removable', usb],
      ['data', path.join(data, 'diagnostics')],
    ]);
    expect(folders[0]!.freeBytes).toBeGreaterThan(0);
  });
});

describe('diagnostics bundle', () => {
  const tempDir = useTempDir('kiosk-bundle-');
  beforeEach(() => vi.stubEnv('KIOSK_LOG', 'info'));
  afterEach(() => vi.unstubAllEnvs());

  it('writes logs, settings without the token, versions and the database check into a new folder', async () => {
    const dir = tempDir();
    const stderr = captureStderr();
    const t = await openTestHost(dir, { demoWhenEmpty: true }).finally(() => stderr.restore());
    const session = await t.unlock();
    await t.call('technicianSetToken', { session, token: 'bundle-token-SECRET-77' });
    await t.call('technicianSetSetting', { session, key: 'siteName', value: 'UBND xã Sông Mây' });
    const usb = tempDir();

    const result = await t.call('technicianExportDiagnostics', { session, folder: usb });
    expect(result.result).toBe('exported');
    if (result.result !== 'exported') return;
    expect(path.dirname(result.path)).toBe(usb);
    expect(path.basename(result.path)).toMatch(/^kiosk-diagnostics-kiosk-[0-9a-f]{8}-\d{8}-\d{6}Z$/);
    expect(result.files).toEqual(
      expect.arrayContaining(['README.txt', 'versions.json', 'settings.json', 'database-check.json', 'sync-state.json', 'audit.json', 'process-health.json']),
    );
    expect(result.files.some((f) => f.startsWith('logs/kiosk.'))).toBe(true);

    const read = (name: string) => fs.readFileSync(path.join(result.path, name), 'utf8');
    expect(JSON.parse(read('settings.json'))).toMatchObject({ siteName: 'UBND xã Sông Mây', districtToken: { set: true, sealed: false } });
    expect(JSON.parse(read('database-check.json'))).toMatchObject({ ok: true, problems: [], schemaVersion: expect.any(Number) });
    expect(JSON.parse(read('versions.json'))).toMatchObject({ kiosk: '0.1.0', node: process.versions.node });
    expect(JSON.parse(read('audit.json'))[0]).toMatchObject({ action: 'setting-changed' });
    expect(JSON.parse(read('process-health.json'))).toEqual({ unhandledRejections: 0, uncaughtExceptions: 0, last: null });
    const everything = result.files.map(read).join('\n');
    expect(everything).not.toContain('SECRET-77');
    expect(everything).toContain('demo dossiers loaded');

    // A second export never overwrites the first.
    const again = await t.call('technicianExportDiagnostics', { session, folder: usb });
    expect(again.result === 'exported' && again.path).not.toBe(result.path);
    expect((await t.call('technicianExportDiagnostics', { session, folder: `${usb}/../etc` }))).toEqual({ result: 'refused', reason: 'unsafe-path' });
    expect((await t.call('technicianAuditLog', { session })).entries[0]).toMatchObject({ action: 'diagnostics-refused', detail: '{"reason":"unsafe-path"}' });
    await t.close();
  });
});
