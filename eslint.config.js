// The layer rule (docs/architecture.md), enforced: shared/ runs anywhere, renderer/ is DOM only,
// and only electron/app/ may import 'electron'. Folder cycles: test/unit/project/layers/folder-cycles.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Packages that load 'electron' themselves: like 'electron', only electron/app/ may import them. */
const electronOnlyPackages = ['electron-updater'];
const nodeBuiltins = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net',
  'stream', 'stream/*', 'url', 'util', 'events', 'zlib', 'worker_threads', 'readline', 'tls', 'dns',
];
const nodeOnlyPackages = [
  'better-sqlite3', 'node-hid', 'serialport', '@serialport/*', 'axios', 'pino', 'pino-*', '@resvg/*', 'tsx', 'tsx/*',
  ...electronOnlyPackages,
];
const restrict = (...groups) => ['error', { patterns: groups.map((g) => ({ group: g.names, message: g.message })) }];
/** Like restrict, and refuses these packages by their bare name only (their deep modules may be plain Node). */
const restrictWithBare = (bare, message, ...groups) => {
  const [level, options] = restrict(...groups);
  return [level, { ...options, paths: bare.map((name) => ({ name, message })) }];
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { names: ['electron'], message: "shared/ runs anywhere: only electron/app/ may import 'electron'." },
        { names: nodeBuiltins, message: 'shared/ runs anywhere: no Node APIs.' },
        { names: nodeOnlyPackages, message: 'shared/ runs anywhere: no Node-only packages.' },
        { names: ['react', 'react-dom', 'react-dom/*', '**/renderer/**'], message: 'shared/ has no DOM or UI code.' },
        { names: ['**/electron/**'], message: 'shared/ must not depend on the host.' },
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrict(
        { names: ['electron'], message: "The renderer never imports 'electron': it talks through the KioskApi contract." },
        { names: nodeBuiltins, message: 'The renderer is DOM only: no Node APIs.' },
        { names: nodeOnlyPackages, message: 'The renderer is DOM only: the host owns devices and the database.' },
        { names: ['**/electron/**'], message: 'The renderer talks to the host only through shared/ contract.' },
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bin/**/*.mjs', 'test/**/*.ts', '*.{js,ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/app/**'],
    rules: {
      'no-restricted-imports': restrictWithBare(
        electronOnlyPackages,
        "Only electron/app/ imports a package whose entry loads 'electron'; its deep modules that do not (electron-updater/out/providers/*) are plain Node.",
        { names: ['electron', 'electron/*'], message: "Only electron/app/ imports 'electron'; the rest of the host is plain Node." },
        { names: ['**/renderer/**'], message: 'The host never imports UI code.' },
        { names: ['**/app/**'], message: 'Plain host code must not depend on electron/app/.' },
      ),
    },
  },
  {
    files: ['electron/app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({ names: ['**/renderer/**'], message: 'The host never imports UI code.' }),
    },
  },
);
