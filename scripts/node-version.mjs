// The Node versions the project's tools really run on, from the `engines` fields of the installed
// packages (checked first by `npm start` and `npm run dist`):
//   vite 8, rolldown, @vitejs/plugin-react     ^20.19.0 || >=22.12.0
//   eslint 10                                  ^20.19.0 || ^22.13.0 || >=24
//   electron 45, @electron/get 5 (its          >=22.12.0 declared; it runs from 20.19, where Node
//   installer), @electron/rebuild 4            can require() an ES module, which its installer does
// package.json "engines" is the intersection: ^20.19.0 || ^22.13.0 || >=24.

/** A version as [major, minor, patch]; "v22.13.1" and "22.13.1" alike. */
function parse(version) {
  const [major = 0, minor = 0, patch = 0] = String(version).replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
}

function atLeast(version, minimum) {
  const a = parse(version);
  const b = parse(minimum);
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

export const SUPPORTED_NODE = '^20.19.0 || ^22.13.0 || >=24';
export const RECOMMENDED_NODE = 'Node 22 LTS (22.13 or newer) or Node 24 LTS';

/** Whether `version` is in SUPPORTED_NODE. */
export function isSupportedNode(version) {
  const [major] = parse(version);
  if (major === 20) return atLeast(version, '20.19.0');
  if (major === 22) return atLeast(version, '22.13.0');
  return major >= 24;
}

/**
 * Whether `command` can run on Node `version`: { ok: false, message } below what the tools need,
 * { ok: true, note } where it works but Electron supports a newer Node, { ok: true } otherwise.
 */
export function checkNodeVersion(version, command) {
  const shown = `v${String(version).replace(/^v/, '')}`;
  if (!isSupportedNode(version)) {
    return {
      ok: false,
      message:
        `${command} needs ${RECOMMENDED_NODE}, or Node 20.19 or newer in the 20 line; this is Node ${shown}.\n` +
        'Electron’s installer require()s an ES module (Node 20.19 and later can), and vite 8, rolldown and ' +
        'eslint 10 refuse older versions. Install a newer Node (https://nodejs.org, or `nvm install 22`), then run ' +
        '`npm install` again: native modules are built for the Node that installs them.',
    };
  }
  if (!atLeast(version, '22.12.0')) {
    return {
      ok: true,
      note: `Node ${shown}: ${command} works, but Electron 45 and its installer declare Node 22.12 or newer; prefer ${RECOMMENDED_NODE}.`,
    };
  }
  return { ok: true };
}
