import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const UNIT = path.join(ROOT, 'test', 'unit');
/** Folders of test/unit that mirror no source folder: rules over the whole repository, and the simulator's own tests. */
const NOT_MIRRORED: Record<string, string> = { project: 'repository-wide rules', 'district-sim': 'test/district-sim' };

function folders(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return [full, ...folders(full)];
    });
}

describe('the unit-test tree mirrors the source tree', () => {
  it('each folder under test/unit is a folder of the code it tests', () => {
    const strays = folders(UNIT)
      .map((dir) => path.relative(UNIT, dir))
      .filter((rel) => !(rel.split(path.sep)[0]! in NOT_MIRRORED))
      .filter((rel) => !fs.existsSync(path.join(ROOT, rel)) || !fs.statSync(path.join(ROOT, rel)).isDirectory());
    expect(strays, 'move the tests beside a mirror of the folder they test (test/unit/electron/sync/ tests electron/sync/)').toEqual([]);
  });

  it('has no test files straight under test/unit', () => {
    const loose = fs.readdirSync(UNIT, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(loose).toEqual([]);
  });
});
