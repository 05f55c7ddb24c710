// scripts/after-pack.mjs on stand-in packaged apps: which fuses it flips, and that it refuses
// an app without better-sqlite3 built for Electron.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir.ts';
import { fuseWire, requireFromRoot, ROOT, standInElectronBinary } from './packaging-project.ts';

interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
const afterPack = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'after-pack.mjs')).href)) as {
  default: (context: AfterPackContext) => Promise<void>;
  KIOSK_FUSES: Record<string, unknown>;
};
const hook = afterPack.default;
const { FuseV1Options } = requireFromRoot('@electron/fuses') as { FuseV1Options: Record<string, number> };

const tempDir = useTempDir('kiosk-after-pack-');

function packagedApp(platform: 'linux' | 'win32', options: { native?: boolean; wire?: string } = {}) {
  const appOutDir = tempDir();
  const executable = path.join(appOutDir, platform === 'win32' ? 'Receipt Kiosk.exe' : 'receipt-kiosk');
  standInElectronBinary(executable, options.wire);
  if (options.native !== false) {
    fs.mkdirSync(path.join(appOutDir, 'resources', 'native'), { recursive: true });
    fs.writeFileSync(path.join(appOutDir, 'resources', 'native', 'better_sqlite3.node'), 'stand-in');
  }
  const context: AfterPackContext = {
    appOutDir,
    electronPlatformName: platform,
    packager: { executableName: 'receipt-kiosk', appInfo: { productFilename: 'Receipt Kiosk' } },
  };
  return { context, executable };
}

describe('scripts/after-pack.mjs', () => {
  it('sets every fuse @electron/fuses knows, the checklist’s way', () => {
    const f = afterPack.KIOSK_FUSES;
    expect(f[FuseV1Options.RunAsNode!]).toBe(false);
    expect(f[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(false);
    expect(f[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(false);
    expect(f[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
    expect(f[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(true);
    expect(f[FuseV1Options.EnableCookieEncryption!]).toBe(true);
    expect(f[FuseV1Options.GrantFileProtocolExtraPrivileges!]).toBe(false);
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const index of known) expect(typeof f[index], `fuse ${index}`).toBe('boolean');
  });

  it('flips the Linux executable’s fuses and leaves a fuse it does not know as Electron made it', async () => {
    const { context, executable } = packagedApp('linux', { wire: '101100011' });
    await hook(context);
    expect(fuseWire(executable)).toBe('010011001');
  });

  it('flips the Windows executable (productFilename.exe)', async () => {
    const { context, executable } = packagedApp('win32', { wire: '10110001' });
    await hook(context);
    expect(fuseWire(executable)).toBe('01001100');
  });

  it('refuses to finish a package without better-sqlite3 built for Electron', async () => {
    const { context, executable } = packagedApp('linux', { native: false });
    await expect(hook(context)).rejects.toThrow(/better-sqlite3 was not built for Electron/);
    expect(fuseWire(executable)).toBe('101100011');
  });
});
