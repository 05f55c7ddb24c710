// The security gate: Electronegativity over the main process and preload (the TypeScript of
// electron/app and the production bundles), run from its own install folder
// (tools/electronegativity: it needs its own TypeScript) with the Electron version given.
// Every high or medium finding must be explained in tools/electronegativity/explanations.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePackagingProject, requireFromRoot, ROOT } from '../packaging/packaging-project.ts';
import type { PackagingProject } from '../packaging/packaging-project.ts';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  sample: string | null;
  description: string;
}
interface Explanation {
  check: string;
  file: string;
  why: string;
  enforced: string;
  proof: string[];
}

const TOOL = path.join(ROOT, 'tools', 'electronegativity');
const explanations = (JSON.parse(fs.readFileSync(path.join(TOOL, 'explanations.json'), 'utf8')) as { explained: Explanation[] }).explained;
const electronVersion = (requireFromRoot('electron/package.json') as { version: string }).version;
const matches = (e: Explanation, f: Finding) => e.check === f.id && (e.file === '*' || e.file === f.file);

let project: PackagingProject;
let findings: Finding[] = [];
let scanMs = 0;

beforeAll(async () => {
  if (!fs.existsSync(path.join(TOOL, 'node_modules', '@doyensec', 'electronegativity'))) {
    throw new Error('Electronegativity is not installed: npm ci --prefix tools/electronegativity (the first step of npm test, npm run test:prerequisites, does it).');
  }
  project = await preparePackagingProject();
  const scan = path.join(project.dir, 'scan');
  fs.cpSync(path.join(ROOT, 'electron', 'app'), path.join(scan, 'app'), { recursive: true });
  // The bundles as they are packed (Electronegativity reads .js, not .cjs).
  fs.mkdirSync(path.join(scan, 'bundle'));
  fs.copyFileSync(path.join(project.project, 'dist-electron', 'main.cjs'), path.join(scan, 'bundle', 'main.js'));
  fs.copyFileSync(path.join(project.project, 'dist-electron', 'preload.cjs'), path.join(scan, 'bundle', 'preload.js'));
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(TOOL, 'run.mjs'), scan, electronVersion], { encoding: 'utf8', timeout: 120_000 });
  scanMs = Date.now() - started;
  if (result.status !== 0) throw new Error(`electronegativity failed (${result.status}):\n${result.stderr}`);
  findings = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Finding);
}, 180_000);
afterAll(() => project?.remove());

describe(`Electronegativity (Electron ${electronVersion})`, () => {
  it('ran its checks over the main process and preload', () => {
    console.log(`electronegativity: ${findings.length} findings in ${scanMs} ms`);
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('leaves no high or medium finding unexplained', () => {
    const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    const unexplained = serious.filter((f) => !explanations.some((e) => matches(e, f)));
    expect(unexplained, JSON.stringify(unexplained, null, 2)).toEqual([]);
  });

  it('has no stale explanation (each still matches a finding)', () => {
    const stale = explanations.filter((e) => !findings.some((f) => matches(e, f)));
    expect(stale.map((e) => `${e.check} ${e.file}`)).toEqual([]);
  });

  it('points each explanation at where it is enforced and at tests that exist', () => {
    for (const e of explanations) {
      expect(e.why.length, e.check).toBeGreaterThan(40);
      expect(e.enforced, e.check).toMatch(/electron\//);
      for (const proof of e.proof) expect(fs.existsSync(path.join(ROOT, proof)), proof).toBe(true);
    }
  });
});
