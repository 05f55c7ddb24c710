/* global process */
// Electronegativity without the network: its CLI fetches translations and Electron's release
// list on every run, which stalls offline. This sets up its own English messages and runs its
// scanner with the Electron version given (-e) and the release-list check left out.
//   node tools/electronegativity/run.mjs <folder> <electron version>
// Prints the findings as JSON lines: {id, severity, confidence, file, line, sample, description}.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'package.json'));
const dist = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist');
const i18n = require('i18n');

const [input, electronVersion] = process.argv.slice(2);
if (!input || !electronVersion) {
  process.stderr.write('usage: node tools/electronegativity/run.mjs <folder> <electron version>\n');
  process.exit(2);
}

// Its own setup (locales/i18n.js) downloads translations first; this one reads only the bundled English.
const setUpMessages = async () => {
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(dist, 'locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
};
const messagesModule = path.join(dist, 'locales', 'i18n.js');
require.cache[messagesModule] = { id: messagesModule, filename: messagesModule, loaded: true, exports: setUpMessages };
await setUpMessages();

const runner = require(path.join(dist, 'runner.js'));
const run = runner.default ?? runner;
const { issues, errors } = await run(
  {
    input: path.resolve(input),
    output: undefined,
    isSarif: false,
    customScan: [],
    // Compares with Electron's release list on GitHub: not reachable from the build machines.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);
for (const error of errors.filter((e) => !e.tolerable)) process.stderr.write(`electronegativity could not read ${error.file}: ${error.message}\n`);
for (const issue of issues) {
  const name = (value) => (typeof value === 'string' ? value : (value?.name ?? String(value)));
  process.stdout.write(
    `${JSON.stringify({
      id: issue.id,
      severity: name(issue.severity),
      confidence: name(issue.confidence),
      file: issue.file,
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? null,
      description: issue.description,
    })}\n`,
  );
}
