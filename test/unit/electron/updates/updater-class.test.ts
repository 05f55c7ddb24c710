// Which electron-updater class a packaged kiosk updates with, and how it installs: the real
// classes (AppImageUpdater, DebUpdater, NsisUpdater) with 'electron' stood in for.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { updaterForInstallKind } from '../../../../electron/app/updater-class.ts';
import { detectInstallKind, electronUpdaterPort } from '../../../../electron/app/updater.ts';
import type { ElectronUpdater } from '../../../../electron/app/updater.ts';
import { SignedUpdates } from '../../../../electron/updates/signed-updates.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { builderConfig } from '../../project/packaging/packaging-project.ts';
import { appImageKiosk, NodeDownloadExecutor, INSTALLER_TEST_TIMEOUT_MS, STAND_IN_INSTALL_WAIT_MS, packagedApp, startUpdateFeed, updateSigningKey } from './update-feed-harness.ts';
import type { UpdateFeedServer } from './update-feed-harness.ts';

vi.mock('electron', () => ({}));

const require = createRequire(import.meta.url);
const tempDir = useTempDir('kiosk-updater-class-');
// The harness has put the stand-in 'electron' into Node's module cache; the updaters built
// without an app adapter (as main.ts builds them) read its `app`.
const electronStandIn = require.cache[require.resolve('electron')]!.exports as Record<string, unknown>;
electronStandIn.app = {
  getVersion: () => '1.0.0',
  getName: () => 'receipt-kiosk',
  isPackaged: true,
  getPath: () => tempDir(),
  getAppPath: () => '/nonexistent',
  whenReady: () => Promise.resolve(),
  quit: () => undefined,
  relaunch: () => undefined,
  once: () => undefined,
};
const electronUpdater = require('electron-updater') as typeof import('electron-updater'); // eslint-disable-line @typescript-eslint/consistent-type-imports
const { AppImageUpdater, DebUpdater, NsisUpdater } = electronUpdater;
const classes = { AppImageUpdater, DebUpdater, NsisUpdater };

const realResourcesPath = process.resourcesPath;
function setResourcesPath(dir: string) {
  Object.defineProperty(process, 'resourcesPath', { value: dir, configurable: true, writable: true });
}
afterEach(() => {
  setResourcesPath(realResourcesPath);
  vi.unstubAllEnvs();
});

/** resources/ of a linux-unpacked after the deb target ran: package-type = deb. */
function resourcesAfterDebTarget() {
  const resources = tempDir();
  fs.writeFileSync(path.join(resources, 'package-type'), 'deb');
  fs.writeFileSync(path.join(resources, 'app-update.yml'), 'provider: generic\nurl: https://updates.example.invalid/\n');
  return resources;
}

describe('the updater class follows the install kind', () => {
  it('inside an AppImage made from a linux-unpacked the deb target marked: AppImageUpdater (electron-updater’s autoUpdater would be a DebUpdater)', () => {
    const resources = resourcesAfterDebTarget();
    setResourcesPath(resources);
    vi.stubEnv('APPIMAGE', path.join(tempDir(), 'receipt-kiosk-x86_64.AppImage'));
    const kind = detectInstallKind({ platform: 'linux', isPackaged: true, appImage: process.env.APPIMAGE, resourcesPath: resources });
    expect(kind).toBe('appimage');
    expect(updaterForInstallKind(kind, classes)).toBeInstanceOf(AppImageUpdater);
    // What the kiosk used before: electron-updater's own choice reads package-type and ignores $APPIMAGE.
    expect(electronUpdater.autoUpdater).toBeInstanceOf(DebUpdater);
  });

  it('an installed deb gets the DebUpdater, Windows the NsisUpdater, a development run none', () => {
    const resources = resourcesAfterDebTarget();
    setResourcesPath(resources);
    const deb = detectInstallKind({ platform: 'linux', isPackaged: true, appImage: undefined, resourcesPath: resources });
    const deb_ = updaterForInstallKind(deb, classes);
    expect(deb_).toBeInstanceOf(DebUpdater);
    expect(deb_).not.toBeInstanceOf(AppImageUpdater);
    expect(updaterForInstallKind('nsis', classes)).toBeInstanceOf(NsisUpdater);
    expect(updaterForInstallKind('unsupported', classes)).toBeNull();
  });
});

describe('the AppImage keeps one path across updates (autostart entry, AppArmor profile)', () => {
  let feed: UpdateFeedServer;
  const vendorKey = updateSigningKey();
  beforeAll(async () => {
    feed = await startUpdateFeed(vendorKey);
  });
  afterAll(() => feed.close());

  /** The AppImage's file name as electron-builder renders appImage.artifactName for x64. */
  const artifactName = (version: string, pattern = String((builderConfig().appImage as { artifactName: string }).artifactName)) =>
    pattern.replace('${version}', version).replace('${arch}', 'x86_64').replace('${ext}', 'AppImage');

  async function update(installedName: string, publishedName: string) {
    const kiosk = appImageKiosk(feed, tempDir());
    const installed = path.join(kiosk.dir, installedName);
    fs.renameSync(kiosk.appImage, installed);
    vi.stubEnv('APPIMAGE', installed);
    feed.fileName = () => publishedName;
    const port = electronUpdaterPort(kiosk.updater as unknown as ElectronUpdater, 'appimage', new SignedUpdates([vendorKey.trusted]));
    await port.check({ url: `${feed.base}/updates/`, headers: {} }, () => true);
    await port.download();
    port.install();
    await vi.waitFor(() => expect(fs.existsSync(kiosk.marker)).toBe(true), { timeout: STAND_IN_INSTALL_WAIT_MS });
    return { installed, appImages: fs.readdirSync(kiosk.dir).filter((f) => f.endsWith('.AppImage')) };
  }

  it('with electron-builder.yml’s version-less name, the update replaces the file in place', async () => {
    const name = artifactName('1.1.0');
    expect(name).toBe(artifactName('1.0.0'));
    const { installed, appImages } = await update(artifactName('1.0.0'), name);
    expect(appImages).toEqual([name]);
    expect(fs.readFileSync(installed, 'utf8')).toBe(feed.body.toString('utf8'));
  }, INSTALLER_TEST_TIMEOUT_MS);

  it('with a version in the name (as before), the file an autostart entry points at is gone after the update', async () => {
    const versioned = 'receipt-kiosk-${version}-${arch}.${ext}';
    const { installed, appImages } = await update(artifactName('1.0.0', versioned), artifactName('1.1.0', versioned));
    expect(fs.existsSync(installed)).toBe(false);
    expect(appImages).toEqual(['receipt-kiosk-1.1.0-x86_64.AppImage']);
  }, INSTALLER_TEST_TIMEOUT_MS);
});

describe('Windows: the per-user NSIS update installs silently, without elevation, and starts the kiosk again', () => {
  let server: http.Server;
  let base: string;
  const installer = Buffer.from('stand-in for receipt-kiosk-setup-1.1.0.exe');
  let adminRights = false;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const sha512 = createHash('sha512').update(installer).digest('base64');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      // The channel file is named for the OS electron-updater runs on (latest-linux.yml here).
      if (url === '/updates/latest.yml' || url === '/updates/latest-linux.yml') {
        const admin = adminRights ? '\nisAdminRightsRequired: true' : '';
        res.end(`version: 1.1.0\nfiles:\n  - url: receipt-kiosk-setup-1.1.0.exe\n    sha512: ${sha512}\n    size: ${installer.length}${admin.replace('\n', '\n    ')}\npath: receipt-kiosk-setup-1.1.0.exe\nsha512: ${sha512}\nreleaseDate: '2026-11-20T00:00:00.000Z'\n`);
      } else if (url === '/updates/receipt-kiosk-setup-1.1.0.exe') res.end(installer);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Downloads the update with the real NsisUpdater, then installs through the kiosk's port; records what it would start. */
  async function installOnWindows() {
    const dir = tempDir();
    setResourcesPath(path.join(dir, 'resources'));
    const { adapter, quit } = packagedApp(dir);
    const updater = new NsisUpdater(null, adapter as never);
    (updater as unknown as { httpExecutor: unknown }).httpExecutor = new NodeDownloadExecutor();
    updater.disableDifferentialDownload = true;
    // Starting a Windows installer is what cannot happen here: record it instead.
    const started: { file: string; args: string[] }[] = [];
    (updater as unknown as { spawnLog: (file: string, args: string[]) => Promise<boolean> }).spawnLog = async (file, args) => {
      started.push({ file, args });
      return true;
    };
    const port = electronUpdaterPort(updater as unknown as ElectronUpdater, 'nsis');
    updater.setFeedURL({ provider: 'generic', url: `${base}/updates/` });
    await updater.checkForUpdates();
    await updater.downloadUpdate();
    port.install();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    return started;
  }

  it('runs the installer itself with /S and --force-run (the kiosk starts again after the update)', async () => {
    adminRights = false;
    const [run, ...more] = await installOnWindows();
    expect(more).toEqual([]);
    expect(path.basename(run!.file)).not.toBe('elevate.exe');
    expect(run!.file.endsWith('.exe')).toBe(true);
    expect(run!.args).toEqual(['--updated', '/S', '--force-run']);
  });

  it('a per-machine installer’s metadata (isAdminRightsRequired, as perMachine: true wrote it) would go through elevate.exe: the UAC prompt nobody answers', async () => {
    adminRights = true;
    const [run] = await installOnWindows();
    expect(path.basename(run!.file)).toBe('elevate.exe');
    adminRights = false;
  });
});
