// Chromium's sandbox on Linux needs unprivileged user namespaces or, failing those, the setuid
// helper chrome-sandbox (owned by root, mode 4755). Ubuntu 23.10 and later restrict user
// namespaces to programs an AppArmor profile allows, so an Electron under node_modules (or
// inside an AppImage) aborts at start: "Rather than run without sandboxing I'm aborting".
// The kiosk never turns its sandbox off; this says what to do instead, before Electron aborts.
import fs from 'node:fs';
import path from 'node:path';

const PROFILE = 'build/linux/apparmor/receipt-kiosk-electron-dev';
const NODE_MODULES_ELECTRON = path.join('node_modules', 'electron', 'dist', 'electron');

const readOrNull = (file) => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

/** Why unprivileged user namespaces are unavailable here, or null when Chromium may use them. */
export function userNamespaceRestriction(readFile = readOrNull) {
  if (readFile('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1') {
    return 'this system lets only programs with an AppArmor profile create user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1, Ubuntu 23.10 and later)';
  }
  if (readFile('/proc/sys/kernel/unprivileged_userns_clone') === '0') {
    return 'unprivileged user namespaces are switched off (kernel.unprivileged_userns_clone = 0)';
  }
  if (readFile('/proc/sys/user/max_user_namespaces') === '0') {
    return 'user namespaces are switched off (user.max_user_namespaces = 0)';
  }
  return null;
}

/** Whether the setuid helper can do its job: owned by root, setuid, executable by everyone. */
export function isSetuidRootSandbox(stat) {
  return stat !== null && stat.uid === 0 && (stat.mode & 0o4000) !== 0 && (stat.mode & 0o755) === 0o755;
}

const statOrNull = (file) => {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
};

/**
 * null when Electron at `binary` can start sandboxed on this Linux, else the message that says
 * what to do. `root` is the project folder (for the AppArmor profile it ships).
 */
export function sandboxProblem({ binary, root, platform = process.platform, readFile = readOrNull, stat = statOrNull, exists = fs.existsSync }) {
  if (platform !== 'linux') return null;
  const restriction = userNamespaceRestriction(readFile);
  if (restriction === null) return null;
  // The second fix below: its profile covers every Electron under a node_modules folder.
  if (binary.endsWith(NODE_MODULES_ELECTRON) && exists(path.join('/etc/apparmor.d', path.basename(PROFILE)))) return null;
  const helper = path.join(path.dirname(binary), 'chrome-sandbox');
  const helperStat = stat(helper);
  if (isSetuidRootSandbox(helperStat)) return null;
  const now = helperStat === null ? 'is missing' : `is owned by uid ${helperStat.uid} with mode ${(helperStat.mode & 0o7777).toString(8)}`;
  return [
    `Electron cannot start its sandbox here: ${restriction},`,
    `and its setuid helper ${helper} ${now} (it must be owned by root with mode 4755).`,
    'Electron would abort ("Rather than run without sandboxing I\'m aborting"); the kiosk never runs without',
    'its sandbox. Do one of these once, then run npm start again:',
    '  1. make the helper setuid root (again after every reinstall of node_modules):',
    `       sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`,
    '  2. or install the AppArmor profile this project ships, which lets an Electron under a',
    '     node_modules folder create user namespaces (as the kiosk\'s deb does for /opt/Receipt Kiosk):',
    `       sudo install -m 644 '${path.join(root, PROFILE)}' /etc/apparmor.d/`,
    `       sudo apparmor_parser -r /etc/apparmor.d/${path.basename(PROFILE)}`,
    'On a kiosk, install the deb instead: it installs its own AppArmor profile.',
  ].join('\n');
}
