// scripts/dist.mjs: what `npm run dist` does, in which order, and where it stops.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './packaging-project.ts';

type Steps = Record<'renderer' | 'main' | 'native' | 'package' | 'appImageCompanions', (builderArgs: string[]) => Promise<boolean>>;
const dist = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'dist.mjs')).href)) as {
  planDist(argv: string[], platform: string): { ok: true; steps: string[]; builderArgs: string[]; target: string } | { ok: false; message: string };
  runDist(argv: string[], options: { steps: Steps; platform: string; log?: (line: string) => void }): Promise<number>;
  APPIMAGE_COMPANIONS: string[];
  copyAppImageCompanions(root: string, release: string): boolean;
};

function fakeSteps(failing?: keyof Steps) {
  const order: string[] = [];
  const step = (name: keyof Steps) => vi.fn(async (args: string[]) => {
    order.push(name === 'package' ? `package ${args.join(' ')}` : name);
    return name !== failing;
  });
  const steps: Steps = { renderer: step('renderer'), main: step('main'), native: step('native'), package: step('package'), appImageCompanions: step('appImageCompanions') };
  return { steps, order };
}

describe('npm run dist', () => {
  it('builds the UI, the production main process, better-sqlite3 for Electron, then the installers, in that order', async () => {
    const { steps, order } = fakeSteps();
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(dist.runDist([], { steps, platform: 'linux', log: () => undefined })).resolves.toBe(0);
    silence.mockRestore();
    expect(order).toEqual(['renderer', 'main', 'native', 'package --config electron-builder.yml --publish never --linux', 'appImageCompanions']);
  });

  it('stops before electron-builder when better-sqlite3 cannot be built for Electron', async () => {
    const { steps, order } = fakeSteps('native');
    const silence = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(dist.runDist([], { steps, platform: 'linux', log: () => undefined })).resolves.toBe(1);
    silence.mockRestore();
    expect(order).toEqual(['renderer', 'main', 'native']);
  });

  it('builds the Windows installer on Windows, the unpacked app with --dir (neither with the AppImage’s companion files)', () => {
    expect(dist.planDist([], 'win32')).toMatchObject({ ok: true, builderArgs: ['--config', 'electron-builder.yml', '--publish', 'never', '--win'], steps: ['renderer', 'main', 'native', 'package'] });
    expect(dist.planDist(['--linux', '--dir'], 'linux')).toMatchObject({ ok: true, builderArgs: expect.arrayContaining(['--linux', '--dir']), steps: ['renderer', 'main', 'native', 'package'] });
  });

  it('puts beside the AppImage what its first run needs: the AppArmor profile, the udev rule, the autostart entry', () => {
    const release = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-release-'));
    try {
      expect(dist.copyAppImageCompanions(ROOT, release)).toBe(true);
      expect(fs.readdirSync(release).sort()).toEqual(['60-kiosk-scanners.rules', 'receipt-kiosk-appimage', 'receipt-kiosk-autostart.desktop']);
      for (const file of dist.APPIMAGE_COMPANIONS) expect(fs.readFileSync(path.join(release, path.basename(file)), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    } finally {
      fs.rmSync(release, { recursive: true, force: true });
    }
  });

  it('refuses to cross-build (the native module is built for the OS it runs on), several platforms, macOS and unknown options', () => {
    expect(dist.planDist(['--win'], 'linux')).toMatchObject({ ok: false, message: expect.stringMatching(/Windows machine/) });
    expect(dist.planDist(['--win', '--linux'], 'linux')).toMatchObject({ ok: false });
    expect(dist.planDist([], 'darwin')).toMatchObject({ ok: false });
    expect(dist.planDist(['--mac'], 'linux')).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown option --mac/) });
  });
});
