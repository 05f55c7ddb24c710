// scripts/linux-sandbox.mjs: before Electron aborts on a Linux that restricts user namespaces
// (Ubuntu 23.10+), npm start says exactly what to do, and never offers to turn the sandbox off.
// Ownership and mode come from a stat probe (only root could chown real files to uid 0 and
// 1000); one case reads a real helper's, as whoever runs the tests.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir.ts';
import { ROOT } from './packaging-project.ts';

const sandbox = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'linux-sandbox.mjs')).href)) as {
  userNamespaceRestriction(readFile: (file: string) => string | null): string | null;
  sandboxProblem(options: {
    binary: string;
    root: string;
    platform?: string;
    readFile?: (file: string) => string | null;
    stat?: (file: string) => HelperStat | null;
    exists?: (file: string) => boolean;
  }): string | null;
};
type HelperStat = { uid: number; mode: number };

const tempDir = useTempDir('kiosk-sandbox-');
const ubuntu2404 = (file: string) => (file === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' ? '1' : null);
const unrestricted = (file: string) => (file === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns' ? '0' : null);

/** An Electron folder whose chrome-sandbox the stat probe reports as owned by `owner` with `mode`. */
function electronWithHelper(owner: number, mode: number) {
  const dist = tempDir();
  const helper = path.join(dist, 'chrome-sandbox');
  const stat = (file: string): HelperStat | null => (file === helper ? { uid: owner, mode: fs.constants.S_IFREG | mode } : null);
  return { binary: path.join(dist, 'electron'), helper, stat };
}

describe('the user-namespace restriction', () => {
  it.each([
    [{ '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1' }, /apparmor_restrict_unprivileged_userns = 1/],
    [{ '/proc/sys/kernel/unprivileged_userns_clone': '0' }, /unprivileged_userns_clone = 0/],
    [{ '/proc/sys/user/max_user_namespaces': '0' }, /max_user_namespaces = 0/],
    [{ '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '0' }, null],
    [{}, null],
  ])('%o → %s', (values, expected) => {
    const found = sandbox.userNamespaceRestriction((file) => (values as Record<string, string>)[file] ?? null);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });
});

describe('npm start’s sandbox check', () => {
  it('Ubuntu 24.04 with the helper as npm installs it (the user’s, 0755): the two fixes, with the real paths', () => {
    const { binary, helper, stat } = electronWithHelper(1000, 0o755);
    const message = sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, stat }) ?? '';
    expect(message).toContain('apparmor_restrict_unprivileged_userns = 1');
    expect(message).toContain(`${helper} is owned by uid 1000 with mode 755`);
    expect(message).toContain(`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`);
    const profile = path.join(ROOT, 'build', 'linux', 'apparmor', 'receipt-kiosk-electron-dev');
    expect(message).toContain(`sudo install -m 644 '${profile}' /etc/apparmor.d/`);
    expect(message).toContain('sudo apparmor_parser -r /etc/apparmor.d/receipt-kiosk-electron-dev');
    expect(message).not.toMatch(/--no-sandbox|disable-setuid-sandbox/);
    expect(fs.existsSync(profile)).toBe(true);
  });

  it('is satisfied once the helper is root’s with mode 4755, as the first fix makes it', () => {
    const { binary, stat } = electronWithHelper(0, 0o4755);
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, stat })).toBeNull();
  });

  it('is satisfied once the shipped AppArmor profile is installed, for an Electron under node_modules (the second fix)', () => {
    const project = tempDir();
    const dist = path.join(project, 'node_modules', 'electron', 'dist');
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'chrome-sandbox'), 'stand-in', { mode: 0o755 });
    const binary = path.join(dist, 'electron');
    const installed = (file: string) => file === '/etc/apparmor.d/receipt-kiosk-electron-dev';
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, exists: installed })).toBeNull();
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, exists: () => false })).toContain('chrome-sandbox');
    // An Electron elsewhere (ELECTRON_OVERRIDE_DIST_PATH) is not covered by that profile.
    const elsewhere = electronWithHelper(1000, 0o755);
    expect(sandbox.sandboxProblem({ binary: elsewhere.binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, stat: elsewhere.stat, exists: installed })).toContain(
      'chrome-sandbox',
    );
  });

  it('root-owned but without the setuid bit is still a problem', () => {
    const { binary, stat } = electronWithHelper(0, 0o755);
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404, stat })).toContain('with mode 755');
  });

  it('where user namespaces are free (Debian, Ubuntu 22.04) or on Windows, nothing to do', () => {
    const { binary, stat } = electronWithHelper(1000, 0o755);
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: unrestricted, stat })).toBeNull();
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'win32', readFile: ubuntu2404 })).toBeNull();
  });
});

describe('npm start’s sandbox check on a real chrome-sandbox file', () => {
  // As root the helper can be made root's and setuid, which satisfies the check; as anyone
  // else it stays that user's even with mode 4755, which the check must refuse by its uid.
  it('reads the owner and mode of the file itself', () => {
    const dist = tempDir();
    const helper = path.join(dist, 'chrome-sandbox');
    fs.writeFileSync(helper, 'stand-in');
    fs.chmodSync(helper, 0o4755);
    const binary = path.join(dist, 'electron');
    const uid = process.getuid!();
    const problem = sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404 });
    if (uid === 0) {
      expect(problem).toBeNull();
      fs.chmodSync(helper, 0o755);
      expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404 })).toContain(`${helper} is owned by uid 0 with mode 755`);
    } else {
      expect(problem).toContain(`${helper} is owned by uid ${uid} with mode 4755`);
    }
    fs.rmSync(helper);
    expect(sandbox.sandboxProblem({ binary, root: ROOT, platform: 'linux', readFile: ubuntu2404 })).toContain(`${helper} is missing`);
  });
});

describe('the AppArmor profiles shipped in build/linux/apparmor', () => {
  it.each([
    ['receipt-kiosk-electron-dev', '/**/node_modules/electron/dist/electron'],
    ['receipt-kiosk-appimage', '/{home/*/Applications/receipt-kiosk-*.AppImage,tmp/.mount_receip*/receipt-kiosk}'],
  ])('%s grants user namespaces to %s and nothing else', (name, attachment) => {
    const text = fs.readFileSync(path.join(ROOT, 'build', 'linux', 'apparmor', name), 'utf8');
    const rules = text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    expect(rules).toEqual([
      'abi <abi/4.0>,',
      'include <tunables/global>',
      `profile ${name} ${attachment} flags=(unconfined) {`,
      '  userns,',
      `  include if exists <local/${name}>`,
      '}',
    ]);
  });
});
